import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { PLATFORM_LABELS, type Influencer } from '../../../../shared/influencer';
import { recordingStatusText } from '../../../../shared/recording/recordingReasons';
import { recordingOf } from '../../../../shared/recording/recordingState';
import { requestRecording } from '../../../../shared/recording/requestRecording';
import { formatDateTime } from '../../components/formatting';
import { runChange } from '../details/runChange';
import { useFieldPermission } from '../team/useFieldPermission';
import { cancelInfluencerRecording, requestInfluencerRecording } from './commands/recordingCommands';

/**
 * Recording a self-created influencer (reference 000, "Influencer Types"): the "Record"
 * button (guarded like the link), "Recording…" while the server looks the profile up (the
 * page's controls are locked meanwhile), and the reason when it failed. A recorded
 * influencer says where its data came from.
 */
export function InfluencerRecording({ influencer }: { influencer: Influencer }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const permission = useFieldPermission(influencer, 'link');
  const recording = recordingOf(influencer);

  const run = async (command: typeof requestInfluencerRecording) => {
    setBusy(true);
    setError(await runChange((ctx) => command(ctx, influencer.id)));
    setBusy(false);
  };

  if (influencer.kind === 'platform') {
    if (recording?.state !== 'recorded' || recording.finishedAt === null) return null;
    const from = influencer.platform === null ? 'the platform' : PLATFORM_LABELS[influencer.platform];
    return <Typography variant="caption" color="text.secondary">Recorded from {from} on {formatDateTime(recording.finishedAt)}.</Typography>;
  }

  const state = recording?.state;
  if (state === 'requested' || state === 'recording') {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <CircularProgress size={16} aria-hidden />
        <Typography role="status" sx={{ fontWeight: 500 }}>Recording…</Typography>
        <Typography variant="caption" color="text.secondary">
          {state === 'requested'
            ? 'Waiting for the server: it starts as soon as this change is synced. Nothing can be changed until it is done.'
            : 'The server is looking the profile up. Nothing can be changed until it is done.'}
        </Typography>
        {state === 'requested' && (
          <Button size="small" disabled={busy} onClick={() => void run(cancelInfluencerRecording)}>Cancel recording</Button>
        )}
        {error !== null && <Typography variant="caption" color="error" role="alert">{error}</Typography>}
      </Stack>
    );
  }

  // What stops a request before it is made: no permission, or no profile link to look up.
  const check = requestRecording(influencer, { actorId: '', now: 0 });
  const reason = !permission.allowed ? permission.reason : check.ok ? null : check.reason;
  const failure = state === 'failed' ? recordingStatusText(influencer) : null;
  return (
    <Stack spacing={1}>
      {failure !== null && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" disabled={busy || !permission.allowed} onClick={() => void run(cancelInfluencerRecording)}>Dismiss</Button>
          }>
          {failure}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        {reason === null ? (
          <Button variant="outlined" size="small" disabled={busy} onClick={() => void run(requestInfluencerRecording)}>Record</Button>
        ) : (
          // A disabled button gets no pointer events: the tooltip sits on a wrapper.
          <Tooltip title={reason}>
            <span>
              <Button variant="outlined" size="small" disabled aria-description={reason}>Record</Button>
            </span>
          </Tooltip>
        )}
        <Typography variant="caption" color="text.secondary">
          {reason ?? 'Looks the profile up on its platform; once found it becomes a platform influencer with the official name and profile data.'}
        </Typography>
      </Stack>
      {error !== null && <Typography variant="caption" color="error" role="alert">{error}</Typography>}
    </Stack>
  );
}
