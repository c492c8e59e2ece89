import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { Influencer } from '../../../../shared/influencer';
import { influencerNames } from '../../../../shared/names/influencerNames';
import { useFieldPermission } from '../team/useFieldPermission';
import { changeInfluencerNames } from './commands/changeInfluencerNames';
import { useFieldEditor } from './useFieldEditor';

/**
 * Both names (reference 000): the heading is what the list shows (the custom name when set),
 * with the official name beside it. "Edit" opens the form, "Modify" saves; a self-created
 * influencer's official name is editable too, a platform influencer's comes from the platform.
 */
export function InfluencerNameEditor({ influencer }: { influencer: Influencer }) {
  const editor = useFieldEditor();
  const [official, setOfficial] = useState('');
  const permission = useFieldPermission(influencer, 'name');
  const names = influencerNames(influencer);
  const selfCreated = influencer.kind === 'custom';

  const open = () => {
    setOfficial(names.official);
    editor.open(names.custom ?? '');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void editor.save((ctx, draft) => changeInfluencerNames(ctx, influencer.id, selfCreated ? { custom: draft, official } : { custom: draft }));
  };

  if (editor.editing) {
    return (
      <Stack direction="row" spacing={1} useFlexGap component="form" onSubmit={submit} sx={{ alignItems: 'flex-start', flex: 1, flexWrap: 'wrap' }} aria-label="Edit name">
        {selfCreated && (
          <TextField
            label="Official name"
            size="small"
            value={official}
            onChange={(e) => setOfficial(e.target.value)}
            helperText="Leave empty to take it from the link or email."
            sx={{ minWidth: 260 }}
          />
        )}
        <TextField
          label="Custom name"
          size="small"
          autoFocus
          value={editor.draft}
          onChange={(e) => editor.setDraft(e.target.value)}
          error={editor.error !== null}
          helperText={editor.error ?? 'The name your team uses; leave empty to show the official name.'}
          sx={{ minWidth: 300 }}
        />
        <Button type="submit" variant="contained" disabled={editor.saving}>Modify</Button>
        <Button onClick={editor.cancel}>Cancel</Button>
      </Stack>
    );
  }
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }} role="group" aria-label="Name">
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h5" component="h1" noWrap>{names.shown}</Typography>
        <Typography variant="body2" color="text.secondary">
          Official name: {names.official}
          {names.custom !== null ? ` · Custom name: ${names.custom}` : ' · No custom name'}
        </Typography>
      </Box>
      {permission.allowed ? (
        <Button size="small" onClick={open}>Edit</Button>
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
