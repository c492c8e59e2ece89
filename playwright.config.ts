import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { FIXTURE_API_KEY } from './tests/server/fixtureProfileService';

// End-to-end tests drive the built renderer in Debian's Chromium (Playwright's own browser
// download does not work here), served by the real sync server in browser mode.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(`Chromium not found at ${chromium}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
}
const port = Number(process.env.E2E_PORT ?? 4317);
// The fixture YouTube Data API the server records influencers against (recording.spec.ts).
const fixturePort = port + 1000;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // One folder per port, cleared at the start of each run: runs on other ports (a second
  // checkout, a developer's run beside CI) keep their artifacts and their server's data.
  outputDir: `test-results/e2e-${port}`,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: 'node --import tsx tests/server/fixtureProfileMain.ts',
      url: `http://127.0.0.1:${fixturePort}/health`,
      env: { FIXTURE_PORT: String(fixturePort) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node --import tsx server/main.ts',
      url: `http://127.0.0.1:${port}/api/health`,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: `test-results/e2e-${port}/server-data`,
        YOUTUBE_API_KEY: FIXTURE_API_KEY,
        YOUTUBE_API_BASE_URL: `http://127.0.0.1:${fixturePort}/youtube/v3`,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
