import { startFixtureProfileService } from './fixtureProfileService';

// The fixture YouTube Data API as a process, for the Playwright run (playwright.config.ts
// starts it and points the server at it with YOUTUBE_API_BASE_URL and YOUTUBE_API_KEY).
const port = Number(process.env.FIXTURE_PORT ?? '0');
if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`FIXTURE_PORT must be a port number, got "${process.env.FIXTURE_PORT}".`);
const fixture = await startFixtureProfileService({ port });
console.log(`Fixture profile service: ${fixture.youtubeBaseUrl} (API key ${fixture.apiKey})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void fixture.close().then(() => process.exit(0)));
}
