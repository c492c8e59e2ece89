import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { TeamActionState } from '../useTeamAction';

/** The refusal or the notices of the last Team settings action. */
export function ActionOutcome({ action }: { action: TeamActionState }) {
  if (action.error === null && action.notices.length === 0) return null;
  return (
    <Stack spacing={1}>
      {action.error !== null && <Alert severity="error" onClose={action.clear}>{action.error}</Alert>}
      {action.notices.map((notice) => (
        <Alert key={notice} severity="info" onClose={action.clear}>{notice}</Alert>
      ))}
    </Stack>
  );
}
