import { readFileSync } from 'node:fs';
import { buildServer } from './app';
import { readServerConfig } from './config';
import { profileProvidersFromEnv } from './recording/providersFromEnv';
import { openStorage } from './storage/openStorage';

// `npm run server`: settings from the environment, one line with the URL and storage when listening.
const config = readServerConfig(process.env, process.cwd());
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const recording = { providers: profileProvidersFromEnv(process.env), sweepMs: config.recordingSweepMs, staleAfterMs: config.recordingStaleMs };
const app = await buildServer({ staticDir: config.staticDir, version, storage, recording }).catch(async (error: unknown) => {
  await storage.close();
  throw error;
});
const address = await app.listen({ host: config.host, port: config.port });
const where = config.databaseUrl === null ? `sqlite in ${config.dataDir}` : `postgres at ${databaseLocation(config.databaseUrl)}`;
console.log(`Influencer CRM server listening on ${address} (storage: ${where})${config.staticDir === null ? '' : ' (browser mode: open it in a browser)'}`);

/** host/database of a connection URL, without the credentials. */
function databaseLocation(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return '(DATABASE_URL)';
  }
}

// Graceful stop: finish requests in flight, but do not wait on idle sockets for minutes.
const GRACE_MS = 5000;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    setTimeout(() => app.server.closeAllConnections(), GRACE_MS).unref();
    void app
      .close()
      .then(() => storage.close())
      .then(() => process.exit(0));
  });
}
