import { describe, expect, it } from 'vitest';
import { describeSyncStatus, INITIAL_SYNC_STATUS, type SyncStatus } from './syncStatus';

const leader: SyncStatus = { ...INITIAL_SYNC_STATUS, role: 'leader', serverUrl: 'http://127.0.0.1:8787' };
const time = (ms: number) => `t${ms}`;

describe('describeSyncStatus', () => {
  it('says offline before syncing: a push that retries keeps its cycle active', () => {
    const view = describeSyncStatus({ ...leader, browserOnline: false, active: true, pending: { count: 3, atLeast: false } }, time);
    expect(view).toMatchObject({ tone: 'offline', label: 'Offline', pendingLabel: '3 changes waiting' });
    expect(view.details).toContain('No connection to http://127.0.0.1:8787');
    expect(describeSyncStatus({ ...leader, reachable: false }, time).tone).toBe('offline');
  });

  it('shows syncing, then online with the last synced time', () => {
    expect(describeSyncStatus({ ...leader, active: true }, time).label).toBe('Syncing…');
    const view = describeSyncStatus({ ...leader, lastSyncedAt: 5, pending: { count: 0, atLeast: false } }, time);
    expect(view).toMatchObject({ tone: 'online', label: 'Online', pendingLabel: null });
    expect(view.details).toEqual(['Server: http://127.0.0.1:8787', 'Last synced t5', 'Every local change has been sent']);
  });

  it('reports an error newer than the last sync, and counts beyond the limit as "+"', () => {
    const view = describeSyncStatus({ ...leader, lastSyncedAt: 5, lastError: { message: 'Boom.', at: 6 }, pending: { count: 1000, atLeast: true } }, time);
    expect(view).toMatchObject({ tone: 'error', label: 'Sync error', pendingLabel: '1,000+ changes waiting' });
    expect(view.details).toContain('Last error (t6): Boom.');
    expect(describeSyncStatus({ ...leader, lastSyncedAt: 7, lastError: { message: 'Old.', at: 6 } }, time).tone).toBe('online');
    // A count cut short before finding anything says nothing rather than "0+".
    const unsure = describeSyncStatus({ ...leader, pending: { count: 0, atLeast: true } }, time);
    expect(unsure.pendingLabel).toBeNull();
    expect(unsure.details).toContain('Checking for local changes to send…');
  });

  it('says connecting before the window knows its role, and names the syncing window when another one syncs', () => {
    expect(describeSyncStatus({ ...leader, role: 'starting' }, time).label).toBe('Connecting…');
    expect(describeSyncStatus({ ...leader, role: 'follower', pending: { count: 1, atLeast: false } }, time)).toMatchObject({
      label: 'Online',
      pendingLabel: '1 change waiting',
      details: expect.arrayContaining(['Another window of the app is syncing for this one.']),
    });
  });
});
