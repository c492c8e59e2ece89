// `npm run bench`: the list and store benchmarks at 100,000 influencers in headless
// Chromium with real IndexedDB. Prints a table and appends it, dated, to bench/RESULTS.md.
// Every figure that has a baseline is shown as a ratio against it, measured in this run.
//   BENCH_COUNT=20000 npm run bench   (a quicker run at another size)
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
// BENCH_SKIP=cold,sort,… leaves measures out (a quicker run while working on one of them).
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
// BENCH_PROFILE=dir writes a CPU profile of the keystroke and bulk measures there
// (read them with bench/tools/summarizeProfile.mjs; build with CRM_NO_MINIFY=1 for names).
const PROFILE_DIR = process.env.BENCH_PROFILE;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '..');
if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
if (!existsSync(resolve(root, 'out/renderer/index.html'))) throw new Error('Run "npm run build" first (npm run bench does).');

console.log('Building the benchmark page…');
execFileSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/vite.config.ts'], { cwd: root, stdio: 'inherit' });

// The real sync server serves the app and the bench page from one origin (so both see the
// same IndexedDB), from a temporary copy of the build with the bench page under /bench/.
const work = mkdtempSync(join(tmpdir(), 'crm-bench-'));
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
const created = await fetch(`${base}api/teams`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(account),
});
if (created.status !== 201) throw new Error(`Could not create the bench team: ${created.status} ${await created.text()}`);
const teamId = (await created.json()).team.id;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
// Records when the grid first shows a data row, in ms since navigation start.
await context.addInitScript(() => {
  const w = /** @type {any} */ (window);
  w.__firstRowsAt = null;
  const observer = new MutationObserver(() => {
    if (w.__firstRowsAt === null && document.querySelector('.MuiDataGrid-row[data-id]')) {
      w.__firstRowsAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
});
const page = await context.newPage();
// Sign in once through the app, as a person would; the session is kept in IndexedDB.
await page.goto(base);
await page.getByRole('textbox', { name: 'Email' }).fill(account.email);
await page.getByLabel('Password').fill(account.password);
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 60_000 });
// The documents below are written straight into the local store, so the app would start
// pushing all of them: keep replication out of the list's figures (bench:sync measures it).
await context.route('**/api/sync/**', (route) => route.abort());
page.on('pageerror', (e) => console.error('page error:', e.message));

const results = [];
/** The bulk change made in the UI, recorded next to its baseline (measured later on the bench page). */
let uiBulk = null;
/** How many active influencers the bench data has: what the list shows once loaded. */
let expectedActive = 0;
const record = (name, value, unit, note = '') => {
  results.push({ name, value, unit, note });
  console.log(`  ${name}: ${typeof value === 'number' ? value.toFixed(value < 10 ? 2 : 0) : value} ${unit} ${note}`);
};
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => pct(values, 50);

async function heapMB() {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Runs fn, recording a CPU profile of the page meanwhile when BENCH_PROFILE is set. */
async function profiled(name, fn) {
  if (PROFILE_DIR === undefined) return fn();
  mkdirSync(PROFILE_DIR, { recursive: true });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  }
}

async function openApp(navigate) {
  await navigate();
  await page.waitForFunction(() => window.__firstRowsAt !== null, null, { timeout: 120_000 });
  return page.evaluate(() => window.__firstRowsAt);
}

/**
 * Until the projection holds every active influencer: the saved first page shows the full
 * count before the rows are read, so ask with a search that excludes nothing.
 */
async function waitUntilAllListed() {
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.fill('-zzqqzzqq');
  await page.waitForFunction((n) => document.querySelector('[data-testid="influencer-count"]')?.textContent === `${n.toLocaleString()} influencers`, expectedActive, { timeout: 600_000, polling: 250 });
  await search.fill('');
  await page.locator('[data-results-for=""]').waitFor();
}

async function countShown() {
  return Number(((await page.getByTestId('influencer-count').textContent()) ?? '').replace(/\D/g, ''));
}

// The in-page latency of one keystroke: from the input until the grid shows the results for
// it (the list renders a deferred search and marks which query its rows answer) and that
// frame is painted.
const measureTyping = (queries) =>
  page.evaluate(async (qs) => {
    const input = /** @type {HTMLInputElement} */ (document.querySelector('input[placeholder="Name, email or channel ID"]'));
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const resultsFor = async (q) => {
      const deadline = performance.now() + 5000;
      while (document.querySelector('[data-results-for]')?.getAttribute('data-results-for') !== q && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 0));
      }
      await painted();
    };
    const times = [];
    for (const q of qs) {
      for (let i = 1; i <= q.length; i++) {
        const t0 = performance.now();
        setValue.call(input, q.slice(0, i));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await resultsFor(q.slice(0, i));
        times.push(performance.now() - t0);
      }
      setValue.call(input, '');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await resultsFor('');
    }
    return times;
  }, queries);

// The advanced filter typed in the UI: the followers minimum, keystroke by keystroke, until
// the list shows the rows for it (the toolbar marks while it still shows the previous filter).
const measureFilterTyping = (values) =>
  page.evaluate(async (texts) => {
    const input = /** @type {HTMLInputElement} */ (document.querySelector('[role="region"][aria-label="Advanced filter"] input[type="number"]'));
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const settled = async () => {
      const deadline = performance.now() + 5000;
      while (document.querySelector('[data-filter-pending]')?.getAttribute('data-filter-pending') !== 'false' && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 0));
      }
      await painted();
    };
    const times = [];
    for (const text of texts) {
      for (let i = 0; i <= text.length; i++) {
        const t0 = performance.now();
        setValue.call(input, text.slice(0, i));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await settled();
        times.push(performance.now() - t0);
      }
    }
    return times;
  }, values);

const queries = ['maria', 'gmail', 'jose', 'uc', 'анна', 'kim', 'zzzz', 'tiktok.com/@'];

const measureSorts = (headers) =>
  page.evaluate(async (names) => {
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const times = [];
    for (const name of names) {
      const header = /** @type {HTMLElement} */ (document.querySelector(`[role="columnheader"][data-field="${name}"] .MuiDataGrid-columnHeaderTitleContainer`));
      const t0 = performance.now();
      header.click();
      await painted();
      times.push(performance.now() - t0);
    }
    return times;
  }, headers);

try {
  console.log(`\nBenchmarks at ${COUNT.toLocaleString('en')} influencers (${cpus().length} cores, ${(await browser.version())})`);
  await page.goto(`${base}bench/index.html`);
  await page.waitForFunction(() => document.title === 'bench ready');

  const rawMs = await page.evaluate((n) => window.crmBench.insertRawDexie(n), COUNT);
  record('insert, raw Dexie bulkPut (baseline)', rawMs / 1000, 's', 'chunks of 2,000');
  const storeMs = await page.evaluate(({ n, team }) => window.crmBench.insertThroughStore(n, team), { n: COUNT, team: teamId });
  const cacheName = await page.evaluate((team) => window.crmBench.listCacheName(team), teamId);
  expectedActive = await page.evaluate((n) => window.crmBench.activeCount(n), COUNT);
  record('insert, through our store (RxDB bulkInsert)', storeMs / 1000, 's', `${(storeMs / rawMs).toFixed(2)}× raw Dexie (target ≤ 2.2×)`);

  if (!SKIP.has('ui')) {
    const firstNoSnapshot = await openApp(() => page.goto(base));
    record('cold start, first rows (no list snapshot yet)', firstNoSnapshot, 'ms', 'first open after the insert');
    // Wait for the projection to catch up with every stored document and for the snapshot.
    const t0 = Date.now();
    await page.waitForFunction(() => !/Loading/.test(document.querySelector('[data-testid="influencer-count"]')?.textContent ?? 'Loading'));
    // Until every active influencer is listed (a count that holds still for a while is not enough on a busy machine).
    await page.waitForFunction((n) => document.querySelector('[data-testid="influencer-count"]')?.textContent === `${n.toLocaleString()} influencers`, expectedActive, { timeout: 600_000, polling: 250 });
    const shown = await countShown();
    record('cold start, all rows loaded (no snapshot)', (Date.now() - t0 + firstNoSnapshot) / 1000, 's', `${shown.toLocaleString('en')} active influencers listed`);
    await page.waitForFunction(
      (name) =>
        new Promise((resolvePromise) => {
          const req = indexedDB.open(name);
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('snapshots')) return resolvePromise(false);
            const get = db.transaction('snapshots').objectStore('snapshots').get('influencers');
            get.onsuccess = () => resolvePromise(get.result !== undefined);
            get.onerror = () => resolvePromise(false);
          };
          req.onerror = () => resolvePromise(false);
        }),
      cacheName,
      { timeout: 120_000, polling: 1000 },
    );
    record('JS heap after loading the list', await heapMB(), 'MB', 'after GC (target ≤ 300 MB)');

    const warm = [];
    for (let i = 0; i < (SKIP.has('cold') ? 1 : 3); i++) warm.push(await openApp(() => page.reload()));
    record('cold start, first rows (from the list snapshot)', median(warm), 'ms', `median of 3 page loads: ${warm.map((v) => v.toFixed(0)).join(', ')} (target ≤ 1,000 ms)`);
    await waitUntilAllListed();

    if (!SKIP.has('typing')) {
      const typing = await profiled('typing', () => measureTyping(queries));
      record('quick search per keystroke, p50 (typed in the UI)', pct(typing, 50), 'ms', `${typing.length} keystrokes`);
      record('quick search per keystroke, p95 (typed in the UI)', pct(typing, 95), 'ms', 'until the results are painted (target ≤ 50 ms)');
    }

    if (!SKIP.has('filter')) {
      await page.getByRole('button', { name: 'Advanced filter' }).click();
      const region = page.getByRole('region', { name: 'Advanced filter' });
      await region.getByRole('button', { name: 'Add condition' }).click();
      await region.getByRole('combobox', { name: 'Field' }).click();
      await page.getByRole('option', { name: 'Followers' }).click();
      await region.getByRole('spinbutton', { name: 'Minimum' }).waitFor();
      const filterTyping = await profiled('filter', () => measureFilterTyping(['10000', '2500000']));
      record('advanced filter per keystroke, p50 (typed in the UI)', pct(filterTyping, 50), 'ms', `${filterTyping.length} keystrokes in Followers › Minimum`);
      record('advanced filter per keystroke, p95 (typed in the UI)', pct(filterTyping, 95), 'ms', 'until the list shows that filter and is painted (target ≤ 50 ms)');
      await region.getByRole('button', { name: 'Clear filter' }).click();
      await region.getByRole('button', { name: 'Close' }).click();
      await waitUntilAllListed();
    }

    if (!SKIP.has('bulk')) {
      // "Select all matching" + "Change status" in the UI on the 10,000 influencers the bench
      // data gives the status "Content posted", with the preview, as someone would.
      const search = page.getByRole('textbox', { name: 'Search' });
      await search.fill('status:content_posted');
      await page.locator('[data-results-for="status:content_posted"]').waitFor();
      const selected = await countShown();
      await page.getByRole('grid').getByRole('checkbox', { name: 'Select all rows' }).check();
      const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
      await bar.getByRole('button', { name: /^Select all [\d,]+ matching$/ }).click();
      await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__longTasks = [];
        new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      });
      let t = performance.now();
      await bar.getByRole('button', { name: 'Change status' }).click();
      await page.getByRole('menuitem', { name: 'Draft approved' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.filter({ hasText: 'will change' }).waitFor({ timeout: 120_000 });
      const previewMs = performance.now() - t;
      t = performance.now();
      await profiled('bulk-ui', async () => {
        await dialog.getByRole('button', { name: /^Apply to / }).click();
        await page.getByRole('status', { name: 'Bulk operation result' }).waitFor({ timeout: 300_000 });
      });
      const writeMs = performance.now() - t;
      const message = await page.getByRole('status', { name: 'Bulk operation result' }).textContent();
      const longTasks = await page.evaluate(() => /** @type {any} */ (window).__longTasks);
      uiBulk = { selected, previewMs, writeMs, message, longest: Math.max(0, ...longTasks), longTasks: longTasks.length };
      await search.fill('');
    }

    if (!SKIP.has('sort')) {
      const sorts = await measureSorts(['name', 'name', 'followers', 'followers', 'email', 'updatedAt', 'updatedAt']);
      record('sort, click to painted, median', median(sorts), 'ms', `max ${Math.max(...sorts).toFixed(0)} ms over ${sorts.length} sorts`);
    }
  }

  // The pure in-memory costs, without React and the grid, on the bench page.
  await page.goto(`${base}bench/index.html`);
  await page.waitForFunction(() => document.title === 'bench ready');
  const pure = await page.evaluate(({ n, qs }) => window.crmBench.projectionCosts(n, qs), { n: COUNT, qs: queries });
  record('projection build (in memory)', pure.buildMs, 'ms');
  record('projection sort by name (in memory)', pure.sortMs, 'ms');
  record('projection search per keystroke, p95 (in memory)', pct(pure.search, 95), 'ms', `p50 ${pct(pure.search, 50).toFixed(2)} ms; ${pure.search.length} keystrokes`);
  record('advanced filter per edit, p95 (projection query)', pct(pure.filter, 95), 'ms', `p50 ${pct(pure.filter, 50).toFixed(2)} ms; ${pure.filterEdits} edits of a filter built with compileFilter's format, each a new filter over all rows (target ≤ 50 ms)`);
  record('advanced filter per edit with a search, p95 (projection query)', pct(pure.filterWithSearch, 95), 'ms', `p50 ${pct(pure.filterWithSearch, 50).toFixed(2)} ms; the same edits with "ma" in the search box`);
  record('compileFilter + test of every row, p95 (direct)', pct(pure.filterDirect, 95), 'ms', `p50 ${pct(pure.filterDirect, 50).toFixed(2)} ms; ${COUNT.toLocaleString('en')} rows, no sort or cache`);

  if (!SKIP.has('bulk')) {
    // The bulk status change on 10,000 with its activity entries, then the raw baseline of
    // exactly the records it wrote.
    const n = Math.min(10_000, Math.floor(COUNT / 2));
    const app = await profiled('bulk', () =>
      page.evaluate(({ team, count, size }) => window.crmBench.bulkStatusThroughApp(team, count, size, 'waiting_for_draft'), { team: teamId, count: COUNT, size: n }),
    );
    const raw = await page.evaluate(() => window.crmBench.rawBulkPut(1_000));
    // BENCH_BULK_VARIANTS=2000:shortlisted,5000:selected,… more runs to compare (not recorded).
    for (const variant of (process.env.BENCH_BULK_VARIANTS ?? '').split(',').filter(Boolean)) {
      const [chunk, status] = variant.split(':');
      const v = await page.evaluate(({ team, count, size, st, c }) => window.crmBench.bulkStatusThroughApp(team, count, size, st, c), { team: teamId, count: COUNT, size: n, st: status, c: Number(chunk) });
      console.log(`  variant chunk ${chunk} → ${status}: ${(v.ms / 1000).toFixed(2)} s, ${(v.ms / raw.ms).toFixed(2)}× raw; ${v.changed} changed, ${v.entries} entries`);
    }
    record(`bulk status change of ${n.toLocaleString('en')}, raw Dexie bulkPut of the same records (baseline)`, raw.ms / 1000, 's', `${raw.records.toLocaleString('en')} records (influencers + activity entries), chunks of 1,000`);
    if (uiBulk !== null) {
      record(`"Select all matching" + "Change status" on ${uiBulk.selected.toLocaleString('en')} in the UI: preview`, uiBulk.previewMs / 1000, 's', 'menu click until the preview says how many will change (reads and plans all of them)');
      record(`"Select all matching" + "Change status" on ${uiBulk.selected.toLocaleString('en')} in the UI: apply`, uiBulk.writeMs / 1000, 's',
        `${(uiBulk.writeMs / raw.ms).toFixed(2)}× raw Dexie; "Apply" click until the result shows ("${uiBulk.message}"); list live meanwhile; ${uiBulk.longTasks} long tasks, longest ${uiBulk.longest.toFixed(0)} ms`);
    }
    record(`bulk status change of ${n.toLocaleString('en')}, through the app (read, plan, write, log)`, app.ms / 1000, 's',
      `${(app.ms / raw.ms).toFixed(2)}× raw Dexie (target ≤ 2×); ${app.changed.toLocaleString('en')} changed, ${app.unchanged} unchanged, ${app.refused} refused, ${app.entries.toLocaleString('en')} activity entries`);
  }

  if (!SKIP.has('import')) {
    const rows = Math.min(50_000, COUNT);
    const im = await profiled('import', () => page.evaluate(({ team, count, n }) => window.crmBench.importThroughApp(team, count, n), { team: teamId, count: COUNT, n: rows }));
    const phase = (name) => (im.phaseMs[name] === undefined ? '?' : `${(im.phaseMs[name] / 1000).toFixed(1)} s`);
    record(`import of ${rows.toLocaleString('en')} CSV rows (runImport), total`, im.totalMs / 1000, 's',
      `${(im.bytes / 1e6).toFixed(1)} MB into ${COUNT.toLocaleString('en')}; ${im.added.toLocaleString('en')} added, ${im.skipped.toLocaleString('en')} duplicates skipped, ${im.rejected.toLocaleString('en')} rejected with reasons; ` +
      `reading ${phase('reading')}, checking ${phase('checking')} (Web Worker), writing ${phase('writing')} (with activity entries)`);
    record('import: longest main-thread task meanwhile', im.longestTaskMs, 'ms', `${im.longTasks} tasks over 50 ms on the window's thread during the import`);
  }
} finally {
  await browser.close();
  serverProcess.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
const lines = [
  `\n## ${date} UTC — list and store at ${COUNT.toLocaleString('en')} influencers (${cpus().length} cores)\n`,
  '| measure | value | note |',
  '| --- | --- | --- |',
  ...results.map((r) => `| ${r.name} | ${typeof r.value === 'number' ? r.value.toFixed(r.value < 10 ? 2 : 0) : r.value} ${r.unit} | ${r.note} |`),
  '',
];
console.log(lines.join('\n'));
if (SKIP.size > 0 || PROFILE_DIR !== undefined) {
  console.log('Not appended to bench/RESULTS.md (a partial or profiled run).');
} else {
  appendFileSync(resolve(root, 'bench/RESULTS.md'), lines.join('\n'));
  console.log('Appended to bench/RESULTS.md');
}
