import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import type { FormEvent } from 'react';
import type { Influencer } from '../../../../shared/influencer';
import { useFieldPermission } from '../team/useFieldPermission';
import { changeInfluencerLink } from './commands/changeInfluencerLink';
import { useFieldEditor } from './useFieldEditor';

/** The main link: fixed for platform influencers, editable for self-created ones (guarded as "link"). */
export function InfluencerLinkEditor({ influencer }: { influencer: Influencer }) {
  const editor = useFieldEditor();
  const permission = useFieldPermission(influencer, 'link');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void editor.save((ctx, draft) => changeInfluencerLink(ctx, influencer.id, draft));
  };

  if (editor.editing) {
    return (
      <Stack direction="row" spacing={1} component="form" noValidate onSubmit={submit} sx={{ alignItems: 'flex-start' }} aria-label="Edit link">
        <TextField
          label="Link"
          size="small"
          autoFocus
          value={editor.draft}
          onChange={(e) => editor.setDraft(e.target.value)}
          error={editor.error !== null}
          helperText={editor.error ?? 'A web address; leave empty for none.'}
          sx={{ minWidth: 320 }}
        />
        <Button type="submit" variant="contained" disabled={editor.saving}>Save</Button>
        <Button onClick={editor.cancel}>Cancel</Button>
      </Stack>
    );
  }
  const link = influencer.link === '' ? <span>—</span> : <Link href={influencer.link} target="_blank" rel="noopener noreferrer">{influencer.link}</Link>;
  // A platform influencer's link identifies its account: nothing to edit, no button.
  if (influencer.kind === 'platform') return link;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      {link}
      {permission.allowed ? (
        <Button size="small" onClick={() => editor.open(influencer.link)}>Edit</Button>
      ) : (
        <Tooltip title={permission.reason}>
          <span>
            <Button size="small" disabled aria-description={permission.reason}>Edit</Button>
          </span>
        </Tooltip>
      )}
    </Stack>
  );
}
