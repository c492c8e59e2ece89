import type { PendingCount } from './countPendingChanges';

/** What this window knows about replication; the leader's copy is relayed to other windows. */
export interface SyncStatus {
  /** 'leader': this window replicates; 'follower': another window does (status relayed from it). */
  role: 'starting' | 'leader' | 'follower' | 'stopped';
  serverUrl: string;
  /** navigator.onLine, kept current by the online/offline events. */
  browserOnline: boolean;
  /** Whether the last request reached the server (false after a network failure). */
  reachable: boolean;
  /** A pull or push cycle is running (or retrying). */
  active: boolean;
  pending: PendingCount | null;
  lastSyncedAt: number | null;
  lastError: { message: string; at: number } | null;
}

export const INITIAL_SYNC_STATUS: SyncStatus = {
  role: 'stopped',
  serverUrl: '',
  browserOnline: true,
  reachable: true,
  active: false,
  pending: null,
  lastSyncedAt: null,
  lastError: null,
};

export type SyncTone = 'online' | 'offline' | 'syncing' | 'error' | 'connecting';

export interface SyncStatusView {
  tone: SyncTone;
  /** The short state shown in the app bar: "Online", "Offline", "Syncing…", … */
  label: string;
  /** "3 changes waiting", or null when nothing waits (or the count is not known yet). */
  pendingLabel: string | null;
  /** Longer lines for the tooltip: server, last synced, last error, what waits. */
  details: string[];
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** The sync indicator's words for a status. Offline wins over syncing: retries keep cycles "active". */
export function describeSyncStatus(status: SyncStatus, formatTime: (ms: number) => string): SyncStatusView {
  const offline = !status.browserOnline || !status.reachable;
  let tone: SyncTone;
  if (status.role === 'starting' || status.role === 'stopped') tone = 'connecting';
  else if (offline) tone = 'offline';
  else if (status.active) tone = 'syncing';
  else if (status.lastError !== null && (status.lastSyncedAt === null || status.lastError.at > status.lastSyncedAt)) tone = 'error';
  else tone = 'online';
  const label = { online: 'Online', offline: 'Offline', syncing: 'Syncing…', error: 'Sync error', connecting: 'Connecting…' }[tone];

  const pending = status.pending;
  const pendingLabel =
    pending === null || pending.count === 0
      ? null
      : pending.atLeast
        ? `${pending.count.toLocaleString('en-US')}+ changes waiting`
        : `${plural(pending.count, 'change', 'changes')} waiting`;

  const details: string[] = [];
  if (status.serverUrl !== '') details.push(`${offline ? 'No connection to' : 'Server:'} ${status.serverUrl}`);
  details.push(status.lastSyncedAt === null ? 'Not synced yet' : `Last synced ${formatTime(status.lastSyncedAt)}`);
  if (pending !== null) {
    if (pendingLabel !== null) details.push(`${pendingLabel} to be sent`);
    else details.push(pending.atLeast ? 'Checking for local changes to send…' : 'Every local change has been sent');
  }
  if (status.lastError !== null) details.push(`Last error (${formatTime(status.lastError.at)}): ${status.lastError.message}`);
  if (status.role === 'follower') details.push('Another window of the app is syncing for this one.');
  return { tone, label, pendingLabel, details };
}
