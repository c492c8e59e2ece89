import type { Activity } from '../../../shared/activity';
import { openCrmDatabase, type CrmDatabase } from '../db/database';
import { InfluencerProjection } from '../modules/influencers/projection/InfluencerProjection';
import { ProjectionSnapshotStore } from '../modules/influencers/projection/projectionSnapshot';
import { startProjectionFeed, type ProjectionFeed } from '../modules/influencers/projection/startProjectionFeed';
import { currentMember } from '../session/sessionState';
import { createInfluencerConflictHandler } from '../sync/influencerConflictHandler';
import { insertActivitiesOnce } from '../sync/insertActivitiesOnce';
import { useSyncStatusStore } from '../sync/syncStatusStore';

/** Everything the screens share: the team's local database and the list's projection. */
export interface CrmRuntime {
  teamId: string;
  db: CrmDatabase;
  projection: InfluencerProjection;
  feed: ProjectionFeed;
}

/** The prefix of every team database's name. */
export const DATABASE_NAME = 'influencer-crm';

/**
 * One local database per team, named after the team id, so signing in to another team
 * never mixes their data and signing out keeps each team's data (and unsent changes).
 * RxDB names allow lower-case letters, digits, "-" and "_".
 */
export function teamDatabaseName(teamId: string): string {
  return `${DATABASE_NAME}-team-${teamId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`;
}

/** The projection exists before the database opens so the list can render from the snapshot. */
export const projection = new InfluencerProjection();

let opened: { teamId: string; runtime: Promise<CrmRuntime> } | null = null;

/** The team whose database this page opened, or null before sign-in. */
export function openedTeamId(): string | null {
  return opened?.teamId ?? null;
}

/**
 * Opens the team's database once per page, outside React (StrictMode mounts components twice).
 * A page holds one team: switching teams reloads the page (see app/sessionLifecycle.ts).
 * The snapshot read starts in parallel with opening RxDB: it is what shows the first rows.
 */
export function openCrmRuntime(teamId: string): Promise<CrmRuntime> {
  if (opened !== null) {
    if (opened.teamId !== teamId) throw new Error('This page already holds another team’s database.');
    return opened.runtime;
  }
  const runtime = (async () => {
    const name = teamDatabaseName(teamId);
    const snapshots = new ProjectionSnapshotStore(name);
    // The saved first page paints before anything else is read.
    void snapshots.loadHead().then((head) => {
      if (head !== null) projection.showPreview(head.rows, head.total);
    });
    const snapshot = snapshots.load();
    let db: CrmDatabase | null = null;
    const influencerConflictHandler = createInfluencerConflictHandler({
      actorId: () => currentMember().id,
      now: Date.now,
      recordActivities: async (entries: Activity[]) => {
        if (db === null) throw new Error('The database is not open yet.');
        await insertActivitiesOnce(db.activities, entries);
      },
      onRecordFailed: (error: unknown) => {
        console.error('An overwritten value was not logged.', error);
        const message = `A value overwritten by a concurrent change could not be logged: ${error instanceof Error ? error.message : String(error)}`;
        useSyncStatusStore.getState().update({ lastError: { message, at: Date.now() } });
      },
    });
    db = await openCrmDatabase(name, { influencerConflictHandler });
    const feed = startProjectionFeed(db.influencers, projection, snapshots, snapshot);
    // Leaving the page is the last chance to save the list cache; a missed save only costs a
    // slower next start, never data (the database is the source of truth).
    addEventListener('pagehide', () => void feed.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void feed.flush();
    });
    return { teamId, db, projection, feed };
  })();
  opened = { teamId, runtime };
  return runtime;
}

/** The open team's runtime; screens that use it render only after sign-in opened it. */
export function getCrmRuntime(): Promise<CrmRuntime> {
  if (opened === null) return Promise.reject(new Error('No team database is open: sign in first.'));
  return opened.runtime;
}
