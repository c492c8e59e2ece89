import { yieldToUi } from './yieldToUi';

export interface BuildProgress {
  done: number;
  total: number;
}

/** How long the file is built between two yields: under a frame, so typing and scrolling stay smooth. */
const SLICE_MS = 12;

/**
 * Gathers a CSV generator's pieces into one file, yielding to the UI whenever a slice of time
 * is used up, so a 100,000-row export keeps the window responsive (and its progress painted).
 * The pieces go to the Blob as they are, never joined into one huge string.
 */
export async function buildCsvBlob(
  chunks: Iterable<string>,
  rowsPerChunk: number,
  total: number,
  onProgress: (progress: BuildProgress) => void,
): Promise<Blob> {
  const parts: string[] = [];
  let sliceStart = performance.now();
  for (const chunk of chunks) {
    parts.push(chunk);
    onProgress({ done: Math.min(total, parts.length * rowsPerChunk), total });
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToUi();
      sliceStart = performance.now();
    }
  }
  // UTF-8 (the Blob encodes strings so): the generator's BOM becomes EF BB BF.
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
