import { valuesEqual, type Doc } from '../../shared/sync/mergeDocuments';

/**
 * Field-by-field equality of two documents, skipping the fields the server stamps. Why skip
 * them: after a successful push the app takes its own pushed document (with its own
 * `updatedAt`) as the master state until the next pull, so comparing server stamps would
 * turn every second edit of a document into a needless conflict.
 */
export function sameDocument(a: Doc, b: Doc, ignoredFields: readonly string[]): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (ignoredFields.includes(key)) continue;
    if (!valuesEqual(a[key], b[key])) return false;
  }
  return true;
}
