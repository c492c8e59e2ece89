import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { SavedView, ViewSharing } from '../../../../../shared/views/savedView';
import { useTeamDirectory } from '../../team/teamDirectoryStore';

interface Props {
  view: SavedView;
  onSubmit(sharing: ViewSharing, memberIds: string[]): Promise<string | null>;
  onClose(): void;
}

/** Shares a view with nobody, chosen members or the whole team; they see it read-only. */
export function ShareViewDialog({ view, onSubmit, onClose }: Props) {
  const members = useTeamDirectory((s) => s.members).filter((m) => m.id !== view.ownerId && m.active);
  const [sharing, setSharing] = useState<ViewSharing>(view.sharing);
  const [chosen, setChosen] = useState<string[]>(view.sharedWith);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (sharing === 'members' && chosen.length === 0) {
      setError('Choose at least one member, or share with the whole team.');
      return;
    }
    const problem = await onSubmit(sharing, chosen);
    if (problem === null) onClose();
    else setError(problem);
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="share-view-title" fullWidth maxWidth="xs">
      <DialogTitle id="share-view-title">Share “{view.name}”</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Others see a shared view read-only and can save their own copy with “Save as new view”.
        </Typography>
        <RadioGroup aria-label="Share with" value={sharing} onChange={(e) => setSharing(e.target.value as ViewSharing)}>
          <FormControlLabel value="private" control={<Radio />} label="Only me" />
          <FormControlLabel value="members" control={<Radio />} label="Chosen members" />
          <FormControlLabel value="team" control={<Radio />} label="The whole team" />
        </RadioGroup>
        {sharing === 'members' && (
          <FormGroup aria-label="Members" sx={{ pl: 3 }}>
            {members.length === 0 && <Typography variant="body2">The team has no other members yet.</Typography>}
            {members.map((m) => (
              <FormControlLabel
                key={m.id}
                label={m.name}
                control={<Checkbox checked={chosen.includes(m.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, m.id] : chosen.filter((id) => id !== m.id))} />}
              />
            ))}
          </FormGroup>
        )}
        {error !== null && <Typography color="error" role="alert" sx={{ mt: 1 }}>{error}</Typography>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void submit()}>Share</Button>
      </DialogActions>
    </Dialog>
  );
}
