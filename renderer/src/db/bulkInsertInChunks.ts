import type { RxCollection } from 'rxdb';

/** 2,000 per write was RxDB's fastest chunk size here (../shared/design/measurements.md). */
export const INSERT_CHUNK = 2_000;

/**
 * Inserts new documents through RxDB's public bulkInsert, one chunk per write so the app can
 * show progress and stay responsive. Stops at the first chunk with errors and says how many
 * documents it refused: earlier chunks stay written (each chunk is whole).
 */
export async function bulkInsertInChunks<T>(
  collection: RxCollection<T>,
  docs: readonly T[],
  onChunk: (written: number) => void = () => {},
): Promise<void> {
  for (let start = 0; start < docs.length; start += INSERT_CHUNK) {
    const chunk = docs.slice(start, start + INSERT_CHUNK);
    const result = await collection.bulkInsert(chunk);
    if (result.error.length > 0) {
      const first = result.error[0];
      throw new Error(
        `${result.error.length} of ${chunk.length} ${collection.name} could not be written` +
          (first === undefined ? '.' : ` (first: ${first.documentId}, status ${first.status}).`),
      );
    }
    onChunk(Math.min(start + INSERT_CHUNK, docs.length));
  }
}
