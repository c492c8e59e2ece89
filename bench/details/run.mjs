// `npm run bench:details`: how fast the details page opens for an influencer with 2,000
// activity entries in a 100,000-influencer store (issue #7), in headless Chromium with real
// IndexedDB, against baselines measured in the same run: the details page of influencers
// with no activity, and the store's read of the same 2,000 entries. Appends to bench/RESULTS.md.
//   BENCH_COUNT=20000 npm run bench:details   (a quicker run at another size)
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const PER_TARGET = Number(process.env.BENCH_ENTRIES ?? 2_000);
/** Distinct influencers opened per kind: each open is a first read of that log (no query cache). */
const OPENS = Number(process.env.BENCH_OPENS ?? 12);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '../..');
if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
if (!existsSync(resolve(root, 'out/renderer/index.html'))) throw new Error('Run "npm run build" first (npm run bench:details does).');

console.log('Building the benchmark page…');
execFileSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/vite.config.ts'], { cwd: root, stdio: 'inherit' });

// The real sync server serves the app and the bench page from one origin (one IndexedDB).
const work = mkdtempSync(join(tmpdir(), 'crm-bench-details-'));
cpSync(resolve(root, 'out/renderer'), join(work, 'static'), { recursive: true });
cpSync(resolve(root, 'bench/.out'), join(work, 'static/bench'), { recursive: true });
const port = await new Promise((resolvePort) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolvePort(free));
  });
});
const serverProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  cwd: root,
  env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: join(work, 'data'), STATIC_DIR: join(work, 'static') },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolveStart, rejectStart) => {
  serverProcess.stdout.on('data', (chunk) => String(chunk).includes('listening') && resolveStart());
  serverProcess.on('exit', (code) => rejectStart(new Error(`The server exited (${code}) before listening.`)));
});
const base = `http://127.0.0.1:${port}/`;
const account = { teamName: 'Bench agency', name: 'Bench', email: 'bench@example.com', password: 'bench-password-1' };
const created = await fetch(`${base}api/teams`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) });
if (created.status !== 201) throw new Error(`Could not create the bench team: ${created.status} ${await created.text()}`);
const teamId = (await created.json()).team.id;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(base);
await page.getByRole('textbox', { name: 'Email' }).fill(account.email);
await page.getByLabel('Password').fill(account.password);
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 60_000 });
// Seeded documents go straight into the local store: keep replication out of the figures.
await context.route('**/api/sync/**', (route) => route.abort());

const results = [];
const record = (name, value, unit, note = '') => {
  results.push({ name, value, unit, note });
  console.log(`  ${name}: ${typeof value === 'number' ? value.toFixed(value < 10 ? 2 : 0) : value} ${unit} ${note}`);
};
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => pct(values, 50);
const load = () => loadavg().map((v) => v.toFixed(1)).join(' / ');

/** From the list, opens one influencer's page (the hash a row's link sets) and times it until painted. */
const openDetails = (id, name, expectEntries) =>
  page.evaluate(
    async ({ id, name, expectEntries }) => {
      const ready = () => {
        const heading = document.querySelector('main h1');
        if (heading === null || heading.textContent !== name) return false;
        if (!expectEntries) return [...document.querySelectorAll('main p')].some((p) => p.textContent === 'No activity yet.');
        return document.querySelector('ul[aria-label="Activity"] [data-activity-id]') !== null;
      };
      let headerMs = null;
      const headerShown = () => headerMs === null && document.querySelector('main h1')?.textContent === name && (headerMs = performance.now() - t0);
      const t0 = performance.now();
      location.hash = `#/influencers/${encodeURIComponent(id)}`;
      await new Promise((resolveReady, rejectReady) => {
        const observer = new MutationObserver(() => (headerShown(), ready() && (observer.disconnect(), resolveReady())));
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => (observer.disconnect(), rejectReady(new Error(`details of ${name} not shown in 30 s`))), 30_000);
      });
      // Painted: the frame with the header and the first entries has been drawn.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const ms = performance.now() - t0;
      const shown = document.querySelectorAll('ul[aria-label="Activity"] [data-activity-id]').length;
      return { ms, shown, headerMs };
    },
    { id, name, expectEntries },
  );

const backToList = async () => {
  await page.evaluate(() => (location.hash = '#/'));
  await page.locator('.MuiDataGrid-row[data-id]').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
};

const loadAtStart = load();
try {
  console.log(`\nDetails page at ${COUNT.toLocaleString('en')} influencers, ${PER_TARGET.toLocaleString('en')} entries each (${cpus().length} cores, load ${loadAtStart})`);
  await page.goto(`${base}bench/index.html`);
  await page.waitForFunction(() => document.title === 'bench ready');
  const seedMs = await page.evaluate(({ n, team }) => window.crmBench.insertThroughStore(n, team), { n: COUNT, team: teamId });
  console.log(`  seeded ${COUNT.toLocaleString('en')} influencers in ${(seedMs / 1000).toFixed(1)} s`);
  // Targets and no-activity baselines: active influencers spread over the store.
  const ids = await page.evaluate(({ team, n }) => window.crmBench.pickInfluencers(team, n), { team: teamId, n: OPENS * 2 });
  const targets = ids.slice(0, OPENS);
  const empties = ids.slice(OPENS);
  const seeded = await page.evaluate(
    ({ team, targets, bare, perTarget }) => window.crmBench.seedActivities(team, { targets, bare, perTarget, batches: 20, batchSize: 500, now: Date.now() }),
    { team: teamId, targets, bare: empties, perTarget: PER_TARGET },
  );
  console.log(`  seeded ${seeded.entries.toLocaleString('en')} activity entries in ${(seeded.ms / 1000).toFixed(1)} s`);
  const emptyNames = await page.evaluate(({ team, ids }) => window.crmBench.namesOf(team, ids), { team: teamId, ids: empties });
  const storeReads = await page.evaluate(({ team, ids }) => window.crmBench.readLogs(team, ids), { team: teamId, ids: targets });

  // The app, with its list fully loaded (as a person opens details from it).
  await page.goto(base);
  await page.locator('.MuiDataGrid-row[data-id]').first().waitFor({ timeout: 120_000 });
  let shownCount = -1;
  for (;;) {
    const text = (await page.getByTestId('influencer-count').textContent()) ?? '';
    const n = Number(text.replace(/\D/g, ''));
    if (!/Loading/.test(text) && n === shownCount && n > 0) break;
    shownCount = n;
    await page.waitForTimeout(1000);
  }

  const withLog = [];
  const without = [];
  const headers = [];
  let firstShown = 0;
  for (let i = 0; i < OPENS; i++) {
    // Alternating, so both kinds see the same machine load.
    await backToList();
    const a = await openDetails(targets[i], seeded.names[targets[i]], true);
    withLog.push(a.ms);
    headers.push(a.headerMs);
    firstShown = a.shown;
    await backToList();
    without.push((await openDetails(empties[i], emptyNames[empties[i]], false)).ms);
  }
  if (process.env.BENCH_PROFILE === '1') {
    // Where an open's main-thread time goes: self time per function over two more opens.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    for (const i of [0, 1]) {
      await backToList();
      await cdp.send('Profiler.start');
      await openDetails(targets[i], seeded.names[targets[i]], true);
      const { profile } = await cdp.send('Profiler.stop');
      const self = new Map();
      const dt = new Map();
      profile.samples.forEach((id, k) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
      for (const node of profile.nodes) {
        const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
      }
      console.log(`  profile of open ${i}:`, [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)} ms ${k}`).join('\n    '));
    }
    await cdp.detach();
  }
  const loadAtEnd = load();
  record(
    `details page open to painted, ${PER_TARGET.toLocaleString('en')} entries: median`,
    median(withLog),
    'ms',
    `${OPENS} opens of different influencers: ${withLog.map((v) => v.toFixed(0)).join(', ')}; header + first ${firstShown} entries painted`,
  );
  record(`details page open to painted, ${PER_TARGET.toLocaleString('en')} entries: p95`, pct(withLog, 95), 'ms', `target ≤ 200 ms: ${pct(withLog, 95) <= 200 ? 'met' : '**missed**'}`);
  record('of which: open to header in the DOM, median', median(headers), 'ms', 'the influencer document read and the header rendered');
  record('baseline: details page of an influencer with no activity, median', median(without), 'ms', `p95 ${pct(without, 95).toFixed(0)} ms; ${(median(withLog) / median(without)).toFixed(2)}× for the 2,000-entry log`);
  record(`baseline: store read of ${PER_TARGET.toLocaleString('en')} entries (the page's query), median`, median(storeReads), 'ms', `p95 ${pct(storeReads, 95).toFixed(0)} ms; RxDB find on the influencerId+at index, no rendering`);
  record('log size', seeded.entries, 'entries', `${OPENS} influencers × ${PER_TARGET.toLocaleString('en')}, one "created" per other influencer, 20 bulk operations × 500`);
  record('machine load (1 / 5 / 15 min)', `${loadAtStart} → ${loadAtEnd}`, '', 'shared 2-core machine: other work ran meanwhile');
} finally {
  await browser.close();
  serverProcess.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
const lines = [
  `\n## ${date} UTC — details page with ${PER_TARGET.toLocaleString('en')} activity entries at ${COUNT.toLocaleString('en')} influencers (${cpus().length} cores)\n`,
  '`npm run bench:details` (bench/details/run.mjs): headless Chromium, real IndexedDB, the built app; each open goes from the list to a different influencer (a first read of its log), alternating with the baseline.\n',
  '| measure | value | note |',
  '| --- | --- | --- |',
  ...results.map((r) => `| ${r.name} | ${typeof r.value === 'number' ? r.value.toFixed(r.value < 10 ? 2 : 0) : r.value} ${r.unit} | ${r.note} |`),
  '',
];
console.log(lines.join('\n'));
if (process.env.BENCH_NO_APPEND !== '1') {
  appendFileSync(resolve(root, 'bench/RESULTS.md'), lines.join('\n'));
  console.log('Appended to bench/RESULTS.md');
}
