import { suggestDuplicateGroups, type DuplicateGroup, type DuplicateRow } from '../../../../shared/influencers/suggestDuplicateGroups';

/** Merge suggestions (suggestDuplicateGroups) computed in a Web Worker; inline where there is none. */
export function findDuplicateGroups(rows: DuplicateRow[]): Promise<DuplicateGroup[]> {
  if (typeof Worker === 'undefined') return Promise.resolve(suggestDuplicateGroups(rows).groups);
  const worker = new Worker(new URL('./duplicateWorker.ts', import.meta.url), { type: 'module', name: 'duplicates' });
  return new Promise<DuplicateGroup[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DuplicateGroup[]>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`Looking for duplicates stopped: ${event.message || 'the worker failed'}.`));
    worker.postMessage(rows);
  }).finally(() => worker.terminate());
}
