import { openCrmDatabase, type CrmDatabase } from '../db/database';
import { InfluencerProjection } from '../modules/influencers/projection/InfluencerProjection';
import { ProjectionSnapshotStore } from '../modules/influencers/projection/projectionSnapshot';
import { startProjectionFeed, type ProjectionFeed } from '../modules/influencers/projection/startProjectionFeed';

/** Everything the screens share: the local database and the list's projection. */
export interface CrmRuntime {
  db: CrmDatabase;
  projection: InfluencerProjection;
  feed: ProjectionFeed;
}

export const DATABASE_NAME = 'influencer-crm';

/** The projection exists before the database opens so the list can render from the snapshot. */
export const projection = new InfluencerProjection();

let runtime: Promise<CrmRuntime> | null = null;

/**
 * Opens the database once per page, outside React (StrictMode mounts components twice).
 * The snapshot read starts in parallel with opening RxDB: it is what shows the first rows.
 */
export function getCrmRuntime(): Promise<CrmRuntime> {
  runtime ??= (async () => {
    const snapshots = new ProjectionSnapshotStore(DATABASE_NAME);
    // The saved first page paints before anything else is read.
    void snapshots.loadHead().then((head) => {
      if (head !== null) projection.showPreview(head.rows, head.total);
    });
    const snapshot = snapshots.load();
    const db = await openCrmDatabase(DATABASE_NAME);
    const feed = startProjectionFeed(db.influencers, projection, snapshots, snapshot);
    // Leaving the page is the last chance to save the list cache; a missed save only costs a
    // slower next start, never data (the database is the source of truth).
    addEventListener('pagehide', () => void feed.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void feed.flush();
    });
    return { db, projection, feed };
  })();
  return runtime;
}
