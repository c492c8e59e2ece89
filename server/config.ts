import { resolve } from 'node:path';

/** Server settings from the environment (../shared/design/sync-api.md, "Starting it"). */
export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  /** The built renderer served at / in browser mode; null serves the API only. */
  staticDir: string | null;
  /** The recording worker's sweep of its queue, ms (RECORDING_SWEEP_MS). */
  recordingSweepMs: number;
  /** When a claimed recording counts as left behind by a stopped server, ms (RECORDING_STALE_MS). */
  recordingStaleMs: number;
}

export function readServerConfig(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  const port = Number(env.PORT ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env.PORT}".`);
  }
  return {
    recordingSweepMs: positiveMs(env, 'RECORDING_SWEEP_MS', 30_000),
    recordingStaleMs: positiveMs(env, 'RECORDING_STALE_MS', 10 * 60_000),
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir: resolve(cwd, env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL ?? null,
    staticDir: env.STATIC_DIR === '' ? null : resolve(cwd, env.STATIC_DIR ?? './out/renderer'),
  };
}

function positiveMs(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of milliseconds above 0, got "${raw}".`);
  return value;
}
