import CloudDoneOutlinedIcon from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import CloudQueueIcon from '@mui/icons-material/CloudQueue';
import SyncIcon from '@mui/icons-material/Sync';
import SyncProblemIcon from '@mui/icons-material/SyncProblem';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { describeSyncStatus, type SyncTone } from '../syncStatus';
import { useSyncStatusStore } from '../syncStatusStore';

const ICONS: Record<SyncTone, typeof SyncIcon> = {
  online: CloudDoneOutlinedIcon,
  offline: CloudOffOutlinedIcon,
  syncing: SyncIcon,
  error: SyncProblemIcon,
  connecting: CloudQueueIcon,
};

const sameDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const otherDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatSyncTime(ms: number): string {
  return new Date(ms).toDateString() === new Date().toDateString() ? sameDay.format(ms) : otherDay.format(ms);
}

/**
 * The app bar's sync indicator: online / offline / syncing, how many local changes wait to be
 * sent, and — in its tooltip, on hover or keyboard focus — the server, the last synced time
 * and the last error.
 */
export function SyncIndicator() {
  const status = useSyncStatusStore((s) => s.status);
  const view = describeSyncStatus(status, formatSyncTime);
  const Icon = ICONS[view.tone];
  return (
    <Tooltip
      describeChild
      title={
        <Box component="span" sx={{ display: 'block' }}>
          {view.details.map((line) => (
            <Box component="span" key={line} sx={{ display: 'block' }}>{line}</Box>
          ))}
        </Box>
      }
    >
      <Box
        role="status"
        aria-label="Sync status"
        tabIndex={0}
        data-tone={view.tone}
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 0.75,
          px: 1,
          py: 0.25,
          borderRadius: 1,
          typography: 'body2',
          whiteSpace: 'nowrap',
          bgcolor: view.tone === 'offline' || view.tone === 'error' ? 'rgba(255,255,255,0.16)' : 'transparent',
          '&:focus-visible': { outline: '2px solid currentColor' },
        }}
      >
        <Icon fontSize="small" aria-hidden />
        <span>{view.label}</span>
        {view.pendingLabel !== null && <span>· {view.pendingLabel}</span>}
      </Box>
    </Tooltip>
  );
}
