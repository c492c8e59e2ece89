import type { CheckedImport } from '../../../../shared/csv/checkImportRows';
import type { ColumnMapping } from '../../../../shared/csv/importFields';
import type { ImportContext } from '../../../../shared/csv/validateImportRow';
import { ImportAnalyzer, type CheckOptions, type ExistingInfluencer, type ImportSource, type ReadOutcome } from './importAnalyzer';
import type { WorkerReply, WorkerRequest } from './importWorkerProtocol';

/** A request without its id (Omit over each member of the union). */
type WorkerRequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** One import's file, read and checked off the window's thread where a Worker is available. */
export interface ImportAnalysis {
  read(source: ImportSource): Promise<ReadOutcome>;
  check(mapping: ColumnMapping, context: ImportContext, existing: readonly ExistingInfluencer[], options?: CheckOptions): Promise<CheckedImport>;
  /** Ends the worker (the file's rows go with it). */
  close(): void;
}

/** In a Web Worker when the page has one; inline otherwise (unit tests under Node). */
export function createImportAnalysis(options: { inline?: boolean } = {}): ImportAnalysis {
  if (options.inline === true || typeof Worker === 'undefined') return inlineAnalysis();
  return workerAnalysis(new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' }));
}

function inlineAnalysis(): ImportAnalysis {
  const analyzer = new ImportAnalyzer();
  return {
    read: (source) => Promise.resolve(analyzer.read(source)),
    check: (mapping, context, existing, options) => Promise.resolve(analyzer.check(mapping, context, existing, options)),
    close: () => {},
  };
}

function workerAnalysis(worker: Worker): ImportAnalysis {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void; onProgress?: (done: number, total: number) => void }>();
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const message = event.data;
    const entry = waiting.get(message.id);
    if (entry === undefined) return;
    if (message.type === 'progress') {
      entry.onProgress?.(message.done, message.total);
      return;
    }
    waiting.delete(message.id);
    if (message.type === 'error') entry.reject(new Error(message.message));
    else entry.resolve(message);
  };
  worker.onerror = (event) => {
    const error = new Error(`The import stopped: ${event.message || 'the worker failed'}.`);
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  function send(request: WorkerRequestBody, onProgress?: (done: number, total: number) => void, transfer: Transferable[] = []): Promise<WorkerReply> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject, onProgress });
      worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }
  return {
    async read(source) {
      // The bytes move to the worker rather than being copied (a copy of a big file is the
      // window's time); the caller does not need them afterwards.
      const transfer = source.kind === 'csv' ? [source.bytes.buffer] : [];
      const reply = await send({ type: 'read', source }, undefined, transfer);
      if (reply.type !== 'read') throw new Error('Unexpected answer from the import worker.');
      return reply.outcome;
    },
    async check(mapping, context, existing, options = {}) {
      const reply = await send({ type: 'check', mapping, context, existing: [...existing], createLabels: options.createLabels ?? true }, options.onProgress);
      if (reply.type !== 'checked') throw new Error('Unexpected answer from the import worker.');
      return reply.checked;
    },
    close: () => worker.terminate(),
  };
}
