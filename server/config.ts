import { resolve } from 'node:path';

/** Server settings from the environment (../shared/design/sync-api.md, "Starting it"). */
export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  /** The built renderer served at / in browser mode; null serves the API only. */
  staticDir: string | null;
}

export function readServerConfig(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  const port = Number(env.PORT ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env.PORT}".`);
  }
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir: resolve(cwd, env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL ?? null,
    staticDir: env.STATIC_DIR === '' ? null : resolve(cwd, env.STATIC_DIR ?? './out/renderer'),
  };
}
