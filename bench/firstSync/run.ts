// First-sync benchmark: `npm run bench:first-sync` (node --import tsx bench/firstSync/run.ts).
//
// One run: the real sync server (SQLite in a temporary DATA_DIR, serving the bench page) and
// a CouchDB-protocol server (express-pouchdb over in-memory PouchDB), both seeded with the
// same influencers; then, in headless Chromium on real IndexedDB, three first syncs of all of
// them into an empty database:
//   raw     fetch the sync server's pull pages and Dexie bulkPut each (the baseline)
//   ours    the app's replication (startSync) into a new team database
//   pouchdb PouchDB replicating from the CouchDB-protocol server (the peer)
// and two references that explain the gap between ours and raw (neither is a usable sync):
//   rxdb-insert  RxDB bulkInsert of the same pages: RxDB's write cost, no replication state
//   pull-only    RxDB's replication without push: no per-document replication state
// Prints a table with the ratios and appends it, dated, to bench/RESULTS.md.
//   BENCH_COUNT=20000        influencers (default 100,000)
//   BENCH_ONLY=raw,ours      a subset of the measures (no ratios for the missing ones)
//   BENCH_TIME_LIMIT_S=1800  limit for the whole run
//   BENCH_RECORD=0           print only, do not append to bench/RESULTS.md
//   BENCH_PROFILE=ours.cpuprofile  also write a CPU profile of the page during "ours"
//                            (unminified build; open it in Chrome DevTools)
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { generateDemoInfluencers } from '../../shared/demo/generateDemoInfluencers';
import type { Doc } from '../../shared/sync/mergeDocuments';
import type { FirstSyncWindow, Measured, SyncTarget } from './types';
import { count, formatNumber } from '../sync/stats';
import { SyncClient, type PushRow } from '../sync/syncClient';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
if (!Number.isSafeInteger(COUNT) || COUNT < 1000) throw new Error(`BENCH_COUNT must be a whole number ≥ 1,000, got "${process.env.BENCH_COUNT}".`);
const MEASURES = ['raw', 'ours', 'pouchdb', 'rxdb-insert', 'pull-only'] as const;
type MeasureName = (typeof MEASURES)[number];
const ONLY = (process.env.BENCH_ONLY ?? MEASURES.join(',')).split(',').map((m) => m.trim());
for (const m of ONLY) if (!(MEASURES as readonly string[]).includes(m)) throw new Error(`BENCH_ONLY: unknown measure "${m}" (${MEASURES.join(', ')}).`);
const TIME_LIMIT_S = Number(process.env.BENCH_TIME_LIMIT_S ?? 1800);
const PROFILE = process.env.BENCH_PROFILE ?? '';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGE = 1000; // the sync API's largest pull page, and the peer's batch_size
const SEED = 20_261_125;
const NOW = Date.UTC(2026, 10, 25);
const root = resolve(import.meta.dirname, '../..');

const cleanups: Array<() => Promise<void> | void> = [];
async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse()) {
    try {
      await step();
    } catch (error) {
      console.error('Cleanup step failed:', error);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}
const limit = setTimeout(() => {
  console.error(`Time limit of ${TIME_LIMIT_S} s reached: stopping.`);
  void cleanUp().finally(() => process.exit(1));
}, TIME_LIMIT_S * 1000);

/** Starts a Node program and resolves with the URL it prints in its "listening …" line. */
function startProcess(label: string, args: string[], env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(
    () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  );
  return new Promise((resolveStart, rejectStart) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const url = /listening (?:on )?(http:\/\/[\d.]+:\d+)/.exec(output)?.[1];
      if (url !== undefined) resolveStart({ url, child });
    });
    child.once('exit', (code) => rejectStart(new Error(`${label} exited (${code}) before listening.`)));
  });
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

async function couchRequest(url: string, method: 'PUT' | 'POST' | 'GET', body?: unknown): Promise<unknown> {
  const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

interface Row {
  name: string;
  seconds: number;
  note: string;
}

async function main(): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), 'crm-first-sync-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const staticDir = join(work, 'static');

  console.log('Building the benchmark page…');
  await build({
    configFile: false,
    root: resolve(root, 'bench/page'),
    base: './',
    logLevel: 'warn',
    build: { outDir: staticDir, emptyOutDir: true, minify: PROFILE === '', rollupOptions: { input: resolve(root, 'bench/page/firstSync.html') } },
  });
  copyFileSync(join(staticDir, 'firstSync.html'), join(staticDir, 'index.html')); // the server wants an index.html

  const [sync, couch] = await Promise.all([
    startProcess('The sync server', ['server/main.ts'], { HOST: '127.0.0.1', PORT: '0', DATA_DIR: join(work, 'data'), STATIC_DIR: staticDir }),
    startProcess('The CouchDB-protocol server', ['bench/firstSync/couchServer.ts'], { PORT: '0' }),
  ]);
  console.log(`Sync server ${sync.url} (SQLite), CouchDB-protocol server ${couch.url} (express-pouchdb, memdown)`);

  // The same documents on both servers: pushed to ours, then copied as ours stores them.
  const client = new SyncClient(sync.url);
  const admin = await client.createTeam({ teamName: 'First sync bench', name: 'Bench Admin', email: 'admin@first-sync.bench', password: 'bench password 1' });
  let t0 = performance.now();
  const generated = generateDemoInfluencers({ count: COUNT, seed: SEED, now: NOW, actorId: 'member-bench-loader' });
  for (const batch of chunks(generated, PAGE)) {
    const { conflicts } = await client.pushBody(admin.token, 'influencers', JSON.stringify(batch.map((doc): PushRow => ({ assumedMasterState: null, newDocumentState: { ...doc, _deleted: false } }))));
    if (conflicts.length > 0) throw new Error(`Seeding: ${conflicts.length} conflicts on new documents.`);
  }
  const stored: Doc[] = [];
  for (let since = 0; ; ) {
    const page = await client.pull(admin.token, 'influencers', since, PAGE);
    if (page.documents.length === 0) break;
    stored.push(...page.documents);
    since = page.checkpoint.seq;
  }
  if (stored.length !== COUNT) throw new Error(`The sync server holds ${stored.length} influencers, expected ${COUNT}.`);
  const couchDb = `${couch.url}/influencers`;
  await couchRequest(couchDb, 'PUT');
  for (const batch of chunks(stored, PAGE)) {
    await couchRequest(`${couchDb}/_bulk_docs`, 'POST', { docs: batch.map(({ _deleted: _, ...doc }) => ({ _id: doc.id, ...doc })) });
  }
  const info = (await couchRequest(couchDb, 'GET')) as { doc_count: number };
  if (info.doc_count !== COUNT) throw new Error(`The CouchDB-protocol server holds ${info.doc_count} documents, expected ${COUNT}.`);
  const docBytes = Math.round(JSON.stringify(stored).length / COUNT);
  console.log(`Seeded ${count(COUNT)} influencers (about ${docBytes} bytes each as JSON) on both servers in ${formatNumber((performance.now() - t0) / 1000)} s.`);

  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => browser.close());
  const page = await (await browser.newContext()).newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => {
    // 404s are expected: the favicon, and PouchDB looking for its replication checkpoint.
    if (message.type() === 'error' && !message.text().includes('404')) console.error('page console:', message.text());
  });
  await page.goto(`${sync.url}/index.html`);
  await page.waitForFunction(() => document.title === 'first-sync bench ready');
  const version = browser.version();
  console.log(`\nFirst sync of ${count(COUNT)} influencers into an empty IndexedDB (Chromium ${version}, ${cpus().length} cores)`);

  const target: SyncTarget = { serverUrl: sync.url, token: admin.token, teamId: admin.team.id, memberId: admin.member.id };
  const measured = new Map<MeasureName, Measured>();
  const run = async (name: MeasureName, measure: () => Promise<Measured>) => {
    if (!ONLY.includes(name)) return;
    t0 = performance.now();
    const result = await measure();
    if (result.count !== COUNT) throw new Error(`${name}: ${result.count} documents stored, expected ${COUNT}.`);
    measured.set(name, result);
    console.log(`  ${name}: ${formatNumber(result.ms / 1000)} s${result.note === '' ? '' : ` (${result.note})`}`);
  };
  await run('raw', () => page.evaluate(({ t, size }) => (window as FirstSyncWindow).firstSyncBench!.rawDexie(t, size), { t: target, size: PAGE }));
  await run('ours', async () => {
    const cdp = PROFILE === '' ? null : await page.context().newCDPSession(page);
    await cdp?.send('Profiler.enable');
    await cdp?.send('Profiler.start');
    const result = await page.evaluate((t) => (window as FirstSyncWindow).firstSyncBench!.ourFirstSync(t), target);
    if (cdp !== null) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(resolve(PROFILE), JSON.stringify(profile));
      console.log(`  (CPU profile of "ours" written to ${resolve(PROFILE)})`);
    }
    return result;
  });
  await run('pouchdb', () => page.evaluate(({ url, size }) => (window as FirstSyncWindow).firstSyncBench!.pouchFirstSync(url, size), { url: couchDb, size: PAGE }));
  await run('rxdb-insert', () => page.evaluate(({ t, size }) => (window as FirstSyncWindow).firstSyncBench!.rxdbInsert(t, size), { t: target, size: PAGE }));
  await run('pull-only', () => page.evaluate(({ t, size }) => (window as FirstSyncWindow).firstSyncBench!.pullOnly(t, size), { t: target, size: PAGE }));

  const raw = measured.get('raw');
  const ours = measured.get('ours');
  const pouch = measured.get('pouchdb');
  const ratio = (a: Measured | undefined, b: Measured | undefined) => (a === undefined || b === undefined ? null : a.ms / b.ms);
  const oursToRaw = ratio(ours, raw);
  const oursToPouch = ratio(ours, pouch);
  const rows: Row[] = [];
  if (raw !== undefined) rows.push({ name: 'raw Dexie: fetch the pull pages + bulkPut (baseline)', seconds: raw.ms / 1000, note: `${raw.note}; next page fetched during each write` });
  if (ours !== undefined) {
    const notes = [ours.note];
    if (oursToRaw !== null) notes.push(`**${oursToRaw.toFixed(2)}× raw Dexie** (target ≤ 3×: ${oursToRaw <= 3 ? 'met' : 'missed'})`);
    if (oursToPouch !== null) notes.push(`**${oursToPouch.toFixed(2)}× PouchDB** (target ≤ 0.5×: ${oursToPouch <= 0.5 ? 'met' : 'missed'})`);
    rows.push({ name: 'ours: the app’s first sync (startSync into a new team database)', seconds: ours.ms / 1000, note: notes.join('; ') });
  }
  if (pouch !== undefined) {
    const notes = [`PouchDB 9.0.0 replicate.from express-pouchdb 4.2.0 (memdown); ${pouch.note}`];
    const pouchToRaw = ratio(pouch, raw);
    if (pouchToRaw !== null) notes.push(`${pouchToRaw.toFixed(2)}× raw Dexie`);
    rows.push({ name: 'PouchDB: replicate from a CouchDB-protocol server (peer)', seconds: pouch.ms / 1000, note: notes.join('; ') });
  }
  const reference = (name: MeasureName, label: string, note: string) => {
    const result = measured.get(name);
    if (result === undefined) return;
    const toRaw = ratio(result, raw);
    rows.push({ name: label, seconds: result.ms / 1000, note: [toRaw === null ? '' : `${toRaw.toFixed(2)}× raw Dexie`, note].filter((n) => n !== '').join('; ') });
  };
  reference('rxdb-insert', 'reference: RxDB bulkInsert of the same pages, no replication', 'RxDB’s own write cost: the floor for any path through its public API');
  reference('pull-only', 'reference: RxDB replication, pull handler only', 'stores no assumed master states, so a later edit could not be merged: not usable');
  return rows;
}

let rows: Row[] = [];
try {
  rows = await main();
} finally {
  clearTimeout(limit);
  await cleanUp();
}

const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
const lines = [
  `\n## ${date} UTC — first sync of ${count(COUNT)} influencers (${cpus().length} cores)\n`,
  '`npm run bench:first-sync` (bench/firstSync/run.ts): one run, headless Chromium (Debian build) on real IndexedDB, every measure into a new empty database on the same origin; ' +
    'the sync server on SQLite and the CouchDB-protocol server in their own processes on 127.0.0.1, both holding the same documents; pages / batches of 1,000.',
  '',
  '| measure | time | note |',
  '| --- | --- | --- |',
  ...rows.map((r) => `| ${r.name} | ${formatNumber(r.seconds)} s | ${r.note} |`),
  '',
];
console.log(lines.join('\n'));
if (process.env.BENCH_RECORD !== '0') {
  appendFileSync(resolve(root, 'bench/RESULTS.md'), lines.join('\n'));
  console.log('Appended to bench/RESULTS.md');
}
