import CheckIcon from '@mui/icons-material/Check';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FormEvent } from 'react';
import { effectiveEmail, emailSource, manualEmailOf, platformEmailOf } from '../../../../shared/email/effectiveEmail';
import { PLATFORM_LABELS, type Influencer } from '../../../../shared/influencer';
import { useEditLock } from '../team/useFieldPermission';
import { changeContactEmail } from './commands/changeContactEmail';
import { useFieldEditor } from './useFieldEditor';

/**
 * The contact email: the manual one once set, else the platform's (shared/email). "Edit" sets
 * the manual email (everyone may); "Use platform email" goes back to the platform's.
 */
export function InfluencerEmailEditor({ influencer }: { influencer: Influencer }) {
  const editor = useFieldEditor();
  const locked = useEditLock(influencer);
  const shown = effectiveEmail(influencer);
  const source = emailSource(influencer);
  const platformEmail = platformEmailOf(influencer);
  const platform = influencer.platform === null ? 'the platform' : PLATFORM_LABELS[influencer.platform];
  // A platform influencer can always go back to its platform's email, even when that is none yet.
  const canUsePlatform = source === 'manual' && (platformEmail !== null || influencer.kind === 'platform');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void editor.save((ctx, draft) => changeContactEmail(ctx, influencer.id, draft));
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
          helperText={editor.error ?? (platformEmail !== null ? `Leave empty to use ${platform}'s email.` : ' ')}
          sx={{ minWidth: 280 }}
        />
        <Button type="submit" variant="contained" startIcon={<CheckIcon />} disabled={editor.saving}>Save</Button>
        <Button onClick={editor.cancel}>Cancel</Button>
      </Stack>
    );
  }
  return (
    <Stack spacing={0.25}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <span>{shown ?? '—'}</span>
        <Button size="small" disabled={locked !== null} aria-description={locked ?? undefined} onClick={() => editor.open(manualEmailOf(influencer) ?? shown ?? '')}>Edit</Button>
        {canUsePlatform && (
          <Button
            size="small"
            disabled={editor.saving || locked !== null}
            aria-description={locked ?? (platformEmail === null ? `${platform} lists no email yet: the influencer will have none.` : undefined)}
            onClick={() => void editor.save((ctx) => changeContactEmail(ctx, influencer.id, { usePlatform: true }))}>
            Use platform email
          </Button>
        )}
      </Stack>
      {source !== 'none' && (
        <Typography variant="caption" color="text.secondary">
          {source === 'manual' ? (platformEmail !== null ? `Added by hand; ${platform} lists ${platformEmail}` : 'Added by hand') : `From ${platform}`}
        </Typography>
      )}
      {!editor.editing && editor.error !== null && <Typography variant="caption" color="error" role="alert">{editor.error}</Typography>}
    </Stack>
  );
}
