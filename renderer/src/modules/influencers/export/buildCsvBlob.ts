import { yieldToUi } from './yieldToUi';

export interface BuildProgress {
  done: number;
  total: number;
}

/** How long the file is built between two yields: under a frame, so typing and scrolling stay smooth. */
const SLICE_MS = 12;

/**
 * Gathers a CSV generator's pieces into one file, yielding to the UI whenever a slice of time
 * is used up, so a 100,000-row export keeps the window responsive (and its progress painted:
 * `onProgress` once per slice, and at the end).
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
  const progress = () => ({ done: Math.min(total, parts.length * rowsPerChunk), total });
  for (const chunk of chunks) {
    parts.push(chunk);
    if (performance.now() - sliceStart >= SLICE_MS) {
      // Progress once per slice, right before the UI's turn: an update per piece would
      // queue hundreds of renders (React gives up with "Maximum update depth exceeded").
      onProgress(progress());
      await yieldToUi();
      sliceStart = performance.now();
    }
  }
  onProgress(progress());
  // UTF-8 (the Blob encodes strings so): the generator's BOM becomes EF BB BF.
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
