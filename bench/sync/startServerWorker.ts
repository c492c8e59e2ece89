import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ServerStats, ServerWorkerData, ServerWorkerMessage } from './serverWorker';

export interface RunningServer {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  /** What the server thread saw since the previous call (or the start). */
  stats(): Promise<ServerStats>;
  /** Closes the server and its storage; terminates the thread if that takes over `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Starts serverWorker.ts in a worker thread on the given storage. Worker threads do not
 * inherit `--import tsx`, so the worker registers tsx itself before loading the TypeScript.
 */
export async function startServerWorker(storage: { databaseUrl: string | null; dataDir: string }): Promise<RunningServer> {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const entry = new URL('./serverWorker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { ...storage, version } satisfies ServerWorkerData });

  let stopped = false;
  const stop = async (graceMs = 10_000): Promise<void> => {
    if (stopped) return;
    stopped = true;
    const done = new Promise<void>((resolve) => {
      worker.on('message', (message: ServerWorkerMessage) => message === 'stopped' && resolve());
      worker.once('exit', () => resolve());
      worker.once('error', () => resolve());
    });
    worker.postMessage('stop');
    const timer = setTimeout(() => void worker.terminate(), graceMs);
    await done;
    clearTimeout(timer);
    await worker.terminate();
  };

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within ${START_TIMEOUT_MS / 1000} s.`)), START_TIMEOUT_MS);
    worker.once('message', (message: ServerWorkerMessage) => {
      clearTimeout(timer);
      if (typeof message === 'object' && 'ready' in message) resolve(message.ready);
      else reject(new Error(`Unexpected message from the server worker: ${String(message)}`));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server worker exited (code ${code}) before listening.`));
    });
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  // A crash later (e.g. an uncaught error in the server) must not pass silently.
  worker.on('error', (error) => {
    if (!stopped) console.error('Server worker failed:', error);
  });
  const stats = (): Promise<ServerStats> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The server worker did not answer "stats".')), 30_000);
      const onMessage = (message: ServerWorkerMessage) => {
        if (typeof message !== 'object' || !('stats' in message)) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        resolve(message.stats);
      };
      worker.on('message', onMessage);
      worker.postMessage('stats');
    });
  return { url, stats, stop };
}
