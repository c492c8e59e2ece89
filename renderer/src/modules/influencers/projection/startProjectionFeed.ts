import { getChangedDocumentsSince } from 'rxdb';
import type { Subscription } from 'rxjs';
import type { InfluencerCollection } from '../../../db/database';
import type { InfluencerProjection, ProjectionCheckpoint, StoredInfluencer } from './InfluencerProjection';
import type { ProjectionSnapshot, ProjectionSnapshotStore } from './projectionSnapshot';
import { DEFAULT_SORT } from './sortRows';

const CATCH_UP_BATCH = 5_000;
/**
 * Resume a little before the snapshot's checkpoint: a write from another window with a
 * slightly older clock may not have reached the snapshot yet. Re-applying is harmless.
 */
const CATCH_UP_OVERLAP_MS = 60_000;
const SNAPSHOT_DELAY_MS = 5_000;
/** The largest page size: the preview fills the first page at any size. */
const PREVIEW_ROWS = 100;

export interface ProjectionFeed {
  /** Resolves when the projection holds every stored document. */
  caughtUp: Promise<void>;
  /** Writes the snapshot now if anything changed since the last one. */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Keeps the projection equal to the influencers collection: first from the persisted
 * snapshot (if it belongs to this database), then every stored change after its checkpoint,
 * then the live change stream. Saves a new snapshot a few seconds after changes settle.
 */
export function startProjectionFeed(
  collection: InfluencerCollection,
  projection: InfluencerProjection,
  snapshots: ProjectionSnapshotStore,
  snapshot: Promise<ProjectionSnapshot | null>,
): ProjectionFeed {
  let stopped = false;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const storageToken = collection.database.storageToken;

  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    if (!dirty || stopped) return;
    dirty = false;
    const firstView = projection.query({ search: '', sort: DEFAULT_SORT, archived: false });
    await snapshots.save(
      { storageToken: await storageToken, checkpoint: projection.checkpoint, rows: projection.allRows() },
      { rows: firstView.slice(0, PREVIEW_ROWS), total: firstView.length },
    );
  };
  const scheduleSnapshot = (): void => {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(() => void flush().catch((error: unknown) => console.warn('List cache not saved.', error)), SNAPSHOT_DELAY_MS);
  };

  // Subscribe before catching up so nothing written meanwhile is missed; applying a document
  // twice is harmless because the projection keeps the newest write.
  const live: Subscription = collection.eventBulks$.subscribe((bulk) => {
    projection.applyDocuments(bulk.events.map((event) => event.documentData as StoredInfluencer));
    scheduleSnapshot();
  });

  const caughtUp = (async () => {
    const loaded = await snapshot;
    let checkpoint: ProjectionCheckpoint | undefined;
    if (loaded !== null && loaded.storageToken === (await storageToken)) {
      projection.loadRows(loaded.rows, loaded.checkpoint);
      projection.markReady();
      if (loaded.checkpoint !== null) {
        checkpoint = { id: '', lwt: Math.max(0, loaded.checkpoint.lwt - CATCH_UP_OVERLAP_MS) };
      }
    }
    for (;;) {
      if (stopped) return;
      const batch = await getChangedDocumentsSince(collection.storageInstance, CATCH_UP_BATCH, checkpoint);
      if (batch.documents.length > 0) {
        projection.applyDocuments(batch.documents as unknown as StoredInfluencer[]);
        scheduleSnapshot();
      }
      projection.markReady();
      if (batch.documents.length < CATCH_UP_BATCH) break;
      checkpoint = batch.checkpoint as ProjectionCheckpoint;
    }
  })();

  return {
    caughtUp,
    flush,
    stop() {
      stopped = true;
      clearTimeout(timer);
      live.unsubscribe();
    },
  };
}
