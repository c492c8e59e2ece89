import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { CHANNEL_LABELS, CHANNEL_TYPES, type ChannelType, type Influencer } from '../../../../shared/influencer';
import { channelsOf } from '../../../../shared/links/channelKeys';
import { addInfluencerChannel, removeInfluencerChannel } from './commands/changeInfluencerChannels';
import { useEditLock } from '../team/useFieldPermission';
import { useFieldEditor } from './useFieldEditor';
import { runChange } from './runChange';

const ANY = '';

function isChannelType(value: string): value is ChannelType {
  return (CHANNEL_TYPES as readonly string[]).includes(value);
}

/** The person's other accounts (YouTube, Instagram, TikTok, X, Facebook, WhatsApp, website); everyone may edit them. */
export function InfluencerChannelsEditor({ influencer }: { influencer: Influencer }) {
  const editor = useFieldEditor();
  const locked = useEditLock(influencer);
  const [network, setNetwork] = useState<string>(ANY);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const channels = channelsOf(influencer);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const expected = isChannelType(network) ? network : undefined;
    void editor.save((ctx, draft) => addInfluencerChannel(ctx, influencer.id, draft, expected));
  };
  const remove = async (url: string) => {
    setRemoveError(null);
    setRemoveError(await runChange((ctx) => removeInfluencerChannel(ctx, influencer.id, url)));
  };

  return (
    <Stack spacing={0.5}>
      {channels.length === 0 ? (
        <span>None</span>
      ) : (
        <Stack component="ul" aria-label="Other channels" spacing={0.25} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {channels.map((c) => (
            <Stack component="li" key={c.url} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <Typography variant="caption" color="text.secondary" sx={{ minWidth: 64 }}>{CHANNEL_LABELS[c.type]}</Typography>
              <Link href={c.url} target="_blank" rel="noopener noreferrer">{c.url}</Link>
              <IconButton size="small" aria-label={`Remove ${c.url}`} disabled={locked !== null} aria-description={locked ?? undefined} onClick={() => void remove(c.url)}>
                <CloseIcon fontSize="inherit" />
              </IconButton>
            </Stack>
          ))}
        </Stack>
      )}
      {removeError !== null && <Typography variant="caption" color="error" role="alert">{removeError}</Typography>}
      {editor.editing ? (
        <Stack direction="row" spacing={1} component="form" noValidate onSubmit={submit} sx={{ alignItems: 'flex-start' }} aria-label="Add channel">
          <TextField
            select
            label="Network"
            size="small"
            value={network}
            onChange={(e) => setNetwork(e.target.value)}
            slotProps={{ select: { native: true } }}
            sx={{ minWidth: 140 }}
          >
            <option value={ANY}>Any (from the link)</option>
            {CHANNEL_TYPES.map((t) => (
              <option key={t} value={t}>{CHANNEL_LABELS[t]}</option>
            ))}
          </TextField>
          <TextField
            label="Channel link"
            size="small"
            autoFocus
            value={editor.draft}
            onChange={(e) => editor.setDraft(e.target.value)}
            error={editor.error !== null}
            helperText={editor.error ?? 'A profile link, a handle for the chosen network, or a WhatsApp number.'}
            sx={{ minWidth: 300 }}
          />
          <Button type="submit" variant="contained" disabled={editor.saving}>Add</Button>
          <Button onClick={editor.cancel}>Cancel</Button>
        </Stack>
      ) : (
        <Stack direction="row">
          <Button size="small" startIcon={<AddIcon />} disabled={locked !== null} aria-description={locked ?? undefined} onClick={() => editor.open('')}>Add channel</Button>
        </Stack>
      )}
    </Stack>
  );
}
