import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { buildServer } from '../../server/app';
import { openStorage } from '../../server/storage/openStorage';

/**
 * The real sync server (buildServer + listen on 127.0.0.1, port 0) in its own thread, so the
 * benchmark's clients do not share the server's event loop, as they would not in production.
 * Messages: → `{ready: url}` once listening; ← `'stats'` → `{stats}` (since the last one);
 * ← `'stop'` closes the server and its storage, then → `'stopped'`.
 */
export interface ServerWorkerData {
  databaseUrl: string | null;
  dataDir: string;
  version: string;
}

/** What the server thread saw since the previous `'stats'`. */
export interface ServerStats {
  /** Per push: from Fastify's onRequest to the response sent (parsing, auth, storage, reply). */
  pushMs: number[];
  /** Share of the time the server thread's event loop was busy, 0–1. */
  busy: number;
  /** The longest event-loop delay (a synchronous stretch: SQLite, JSON, GC), ms. */
  maxStallMs: number;
}

export type ServerWorkerMessage = { ready: string } | { stats: ServerStats } | 'stopped';

const PUSH_ROUTE = '/api/sync/:collection/push';
const MAX_SAMPLES = 100_000;

const port = parentPort;
if (port === null) throw new Error('serverWorker.ts runs as a worker thread (see startServerWorker.ts).');
const settings = workerData as ServerWorkerData;

const storage = await openStorage({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
const app = await buildServer({ staticDir: null, version: settings.version, storage }).catch(async (error: unknown) => {
  await storage.close();
  throw error;
});

// Measurement only: the server's own hooks and routes are untouched.
let pushMs: number[] = [];
app.addHook('onResponse', async (request, reply) => {
  if (request.routeOptions.url === PUSH_ROUTE && pushMs.length < MAX_SAMPLES) pushMs.push(reply.elapsedTime);
});
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let busyMark = performance.eventLoopUtilization();

const url = await app.listen({ host: '127.0.0.1', port: 0 });

port.on('message', (message: unknown) => {
  if (message === 'stats') {
    const stats: ServerStats = { pushMs, busy: performance.eventLoopUtilization(busyMark).utilization, maxStallMs: delay.max / 1e6 };
    pushMs = [];
    busyMark = performance.eventLoopUtilization();
    delay.reset();
    port.postMessage({ stats } satisfies ServerWorkerMessage);
  } else if (message === 'stop') {
    delay.disable();
    // Idle keep-alive sockets of the bench's fetch would otherwise hold close() open.
    setTimeout(() => app.server.closeAllConnections(), 1000).unref();
    void app
      .close()
      .then(() => storage.close())
      .finally(() => {
        port.postMessage('stopped' satisfies ServerWorkerMessage);
        port.close();
      });
  }
});
port.postMessage({ ready: url } satisfies ServerWorkerMessage);
