import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { FormEvent } from 'react';
import type { Influencer } from '../../../../shared/influencer';
import { displayName } from '../../../../shared/names/displayName';
import { renameInfluencer } from '../influencers/commands/renameInfluencer';
import { useFieldPermission } from '../team/useFieldPermission';
import { useFieldEditor } from './useFieldEditor';

/** The influencer's name as the list shows it, with "Edit" to set the team's own name. */
export function InfluencerNameEditor({ influencer }: { influencer: Influencer }) {
  const editor = useFieldEditor();
  const permission = useFieldPermission(influencer, 'name');
  const name = displayName(influencer);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Typing the official name over an unset custom name changes nothing.
    const draft = influencer.customName === null && editor.draft.trim() === influencer.officialName ? '' : editor.draft;
    void editor.save((ctx) => renameInfluencer(ctx, influencer.id, draft));
  };

  if (editor.editing) {
    return (
      <Stack direction="row" spacing={1} component="form" onSubmit={submit} sx={{ alignItems: 'flex-start', flex: 1 }} aria-label="Edit name">
        <TextField
          label="Custom name"
          size="small"
          autoFocus
          value={editor.draft}
          onChange={(e) => editor.setDraft(e.target.value)}
          error={editor.error !== null}
          helperText={editor.error ?? 'The name your team uses; leave empty to show the official name.'}
          sx={{ minWidth: 320 }}
        />
        <Button type="submit" variant="contained" disabled={editor.saving}>Modify</Button>
        <Button onClick={editor.cancel}>Cancel</Button>
      </Stack>
    );
  }
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }} role="group" aria-label="Name">
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h5" component="h1" noWrap>{name}</Typography>
        {influencer.customName !== null && influencer.customName.trim() !== '' && (
          <Typography variant="body2" color="text.secondary">Official name: {influencer.officialName}</Typography>
        )}
      </Box>
      {permission.allowed ? (
        <Button size="small" onClick={() => editor.open(name)}>Edit</Button>
      ) : (
        // A disabled button gets no pointer events: the tooltip sits on a wrapper, and the
        // reason is also the button's accessible description.
        <Tooltip title={permission.reason}>
          <span>
            <Button size="small" disabled aria-description={permission.reason}>Edit</Button>
          </span>
        </Tooltip>
      )}
    </Stack>
  );
}
