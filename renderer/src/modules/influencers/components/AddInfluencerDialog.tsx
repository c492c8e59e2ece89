import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { NewInfluencerInput } from '../../../../../shared/influencers/buildNewInfluencer';
import { getCrmRuntime, projection } from '../../../app/crmRuntime';
import { influencerHref, navigate } from '../../../app/navigation';
import { readStatusCatalog } from '../../../../../shared/statuses/readStatusCatalog';
import { currentMember } from '../../../session/sessionState';
import { useTeamDirectory } from '../../team/teamDirectoryStore';
import { addInfluencer, type AddInfluencerResult } from '../commands/addInfluencer';

type Mode = 'platform' | 'custom';
type FieldErrors = Extract<AddInfluencerResult, { status: 'invalid' }>['errors'];

/**
 * "Add influencer": from a YouTube/Instagram/TikTok profile link, or self-created by hand.
 * An influencer already in the CRM is offered to open instead of being added twice.
 */
export function AddInfluencerDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [mode, setMode] = useState<Mode>('platform');
  const [link, setLink] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const reset = () => {
    setMode('platform');
    setLink('');
    setName('');
    setEmail('');
    setErrors({});
    setDuplicateId(null);
    setFailure(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const submit = async (allowDuplicate: boolean) => {
    const input: NewInfluencerInput = mode === 'platform' ? { type: 'platform', link, email } : { type: 'custom', name, link, email };
    setSaving(true);
    setFailure(null);
    try {
      const result = await addInfluencer(await getCrmRuntime(), input, currentMember().id, { allowDuplicate, initialStatusId: readStatusCatalog(useTeamDirectory.getState().statusCatalogValue).catalog.initialStatusId });
      if (result.status === 'invalid') {
        setErrors(result.errors);
        setDuplicateId(null);
      } else if (result.status === 'duplicate') {
        setErrors({});
        setDuplicateId(result.existingId);
      } else {
        close();
      }
    } catch (e) {
      // Nothing was half-written: the influencer is inserted before its activity entry.
      setFailure(`The influencer could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(false);
  };

  const duplicate = duplicateId === null ? undefined : projection.getRow(duplicateId);

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="add-influencer-title">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="add-influencer-title">Add influencer</DialogTitle>
        <DialogContent>
          <Tabs
            value={mode}
            onChange={(_e, value: Mode) => {
              setMode(value);
              setErrors({});
              setDuplicateId(null);
            }}
            sx={{ mb: 2 }}
          >
            <Tab value="platform" label="Platform influencer" />
            <Tab value="custom" label="Self-created influencer" />
          </Tabs>
          <Stack spacing={2}>
            {mode === 'custom' && (
              <TextField
                label="Name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                error={errors.name !== undefined}
                helperText={errors.name ?? 'Optional: derived from the link or email when empty'}
                autoFocus
              />
            )}
            <TextField
              label={mode === 'platform' ? 'Profile link' : 'Link'}
              placeholder={mode === 'platform' ? 'https://www.youtube.com/@channel' : 'https://example.com'}
              value={link}
              onChange={(e) => {
                setLink(e.target.value);
                setDuplicateId(null);
              }}
              error={errors.link !== undefined}
              helperText={errors.link ?? (mode === 'platform' ? 'A YouTube, Instagram or TikTok profile link' : 'Optional')}
              autoFocus={mode === 'platform'}
              required={mode === 'platform'}
            />
            <TextField
              label="Email"
              type="email"
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
                setDuplicateId(null);
              }}
              error={errors.email !== undefined}
              helperText={errors.email ?? 'Optional contact email'}
            />
            {duplicate !== undefined && (
              <Alert
                severity="info"
                action={
                  <Stack direction="row" spacing={1}>
                    <Button
                      color="inherit"
                      size="small"
                      onClick={() => {
                        close();
                        navigate(influencerHref(duplicate.id));
                      }}
                    >
                      Open
                    </Button>
                    <Button color="inherit" size="small" onClick={() => void submit(true)}>
                      Add anyway
                    </Button>
                  </Stack>
                }
              >
                Already in your CRM: {duplicate.name}
              </Alert>
            )}
            {failure !== null && <Alert severity="error">{failure}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            Add
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
