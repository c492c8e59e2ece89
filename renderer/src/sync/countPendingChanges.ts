import {
  getAssumedMasterState,
  getChangedDocumentsSince,
  getComposedPrimaryKeyOfDocumentData,
  writeDocToDocState,
  type RxStorageInstanceReplicationState,
} from 'rxdb';

export interface PendingCount {
  count: number;
  /** True when there may be more than `count` (the scan stopped at one of its limits). */
  atLeast: boolean;
}

export interface CountLimits {
  /** Stop counting at this many pending documents. */
  limit: number;
  /**
   * Stop after reading this many documents: right after a large pull the upstream
   * checkpoint may trail many pulled (not pending) documents, and a count must stay cheap.
   */
  maxScanned?: number;
}

const SCAN_BATCH = 500;

/**
 * How many local documents are waiting to be pushed, read from RxDB's own persisted
 * replication state — so it survives a reload or a crash exactly as the changes do.
 * It asks the question RxDB's upstream asks: every document written since the upstream
 * checkpoint whose state differs from what the server is assumed to hold (or that resolved a
 * conflict and is not pushed yet). Documents the pull wrote equal their assumed master state
 * and do not count.
 */
export async function countPendingChanges<T>(state: RxStorageInstanceReplicationState<T>, { limit, maxScanned = 5_000 }: CountLimits): Promise<PendingCount> {
  const { forkInstance, metaInstance, conflictHandler } = state.input;
  const checkpointId = getComposedPrimaryKeyOfDocumentData(metaInstance.schema, { isCheckpoint: '1', itemId: 'up' });
  const [checkpointDoc] = await metaInstance.findDocumentsById([checkpointId], false);
  let checkpoint: unknown = checkpointDoc?.checkpointData;
  const primaryPath = state.primaryPath;
  let count = 0;
  let scanned = 0;
  for (;;) {
    const batch = await getChangedDocumentsSince(forkInstance, SCAN_BATCH, checkpoint);
    if (batch.documents.length === 0) break;
    const ids = batch.documents.map((doc) => String((doc as Record<string, unknown>)[primaryPath]));
    const assumed = await getAssumedMasterState(state, ids);
    for (const [index, doc] of batch.documents.entries()) {
      const master = assumed[ids[index] ?? ''];
      const pending =
        master === undefined ||
        master.metaDocument.isResolvedConflict === doc._rev ||
        !conflictHandler.isEqual(master.docData, writeDocToDocState(doc, false, false), 'pending-count');
      if (pending && ++count >= limit) return { count, atLeast: true };
    }
    if (batch.documents.length < SCAN_BATCH) break;
    scanned += batch.documents.length;
    if (scanned >= maxScanned) return { count, atLeast: true };
    checkpoint = batch.checkpoint;
  }
  return { count, atLeast: false };
}
