import { readFileSync } from 'node:fs';
import { buildServer } from './app';
import { readServerConfig } from './config';

// `npm run server`: settings from the environment, one line with the URL when listening.
const config = readServerConfig(process.env, process.cwd());
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const app = await buildServer({ staticDir: config.staticDir, version });
const address = await app.listen({ host: config.host, port: config.port });
console.log(`Influencer CRM server listening on ${address}${config.staticDir === null ? '' : ' (browser mode: open it in a browser)'}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
