import CheckIcon from '@mui/icons-material/Check';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { FormEvent } from 'react';
import type { Influencer } from '../../../../shared/influencer';
import { changeInfluencerEmail } from '../influencers/commands/changeInfluencerEmail';
import { useFieldEditor } from './useFieldEditor';

/** The contact email, with "Edit" to change or clear it. */
export function InfluencerEmailEditor({ influencer }: { influencer: Influencer }) {
  const editor = useFieldEditor();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void editor.save((ctx, draft) => changeInfluencerEmail(ctx, influencer.id, draft));
  };

  if (editor.editing) {
    return (
      <Stack direction="row" spacing={1} component="form" noValidate onSubmit={submit} sx={{ alignItems: 'flex-start' }} aria-label="Edit email">
        <TextField
          label="Email"
          type="email"
          size="small"
          autoFocus
          value={editor.draft}
          onChange={(e) => editor.setDraft(e.target.value)}
          error={editor.error !== null}
          helperText={editor.error ?? ' '}
          sx={{ minWidth: 280 }}
        />
        <Button type="submit" variant="contained" startIcon={<CheckIcon />} disabled={editor.saving}>Save</Button>
        <Button onClick={editor.cancel}>Cancel</Button>
      </Stack>
    );
  }
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <span>{influencer.email ?? '—'}</span>
      <Button size="small" onClick={() => editor.open(influencer.email ?? '')}>Edit</Button>
    </Stack>
  );
}
