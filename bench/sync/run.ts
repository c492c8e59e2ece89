// Sync server benchmark: `node --import tsx bench/sync/run.ts` (npm run bench:sync); BENCH_COUNT=5000 for a quick check.
//
// Starts the real server (buildServer + listen on 127.0.0.1:0, in a worker thread) on SQLite
// and then on a throwaway PostgreSQL cluster, and measures over real HTTP (fetch): seeding by
// push, the first-sync pull, a push of edits, and 50 concurrent clients pushing. Prints a
// table per engine and appends them, dated, to bench/RESULTS.md. Figures with a baseline from
// this run (the same rows written or read straight through the storage) show the ratio.
//   BENCH_COUNT        influencers to seed (default 100,000; at least 1,000)
//   BENCH_ENGINES      engines to run, comma-separated (default "sqlite,postgres")
//   BENCH_TIME_LIMIT_S limit for the whole run (default 900): past it the run stops and cleans up
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { generateDemoInfluencers } from '../../shared/demo/generateDemoInfluencers';
import { COLLABORATION_STATUSES } from '../../shared/statuses';
import type { Doc } from '../../shared/sync/mergeDocuments';
import { openStorage } from '../../server/storage/openStorage';
import type { Storage, StorageEngine } from '../../server/storage/storage';
import { collections } from '../../server/sync/collections';
import { parsePush } from '../../server/sync/parsePush';
import { startPostgres, type TestPostgres } from '../../tests/server/startPostgres';
import type { ServerStats } from './serverWorker';
import { startServerWorker, type RunningServer } from './startServerWorker';
import { Deadline, count, formatNumber, percentile, sum } from './stats';
import { insertRaw, pullRaw, pushDirect, seedTeam } from './storageBaselines';
import { SyncClient, type PushRow, type SignedIn } from './syncClient';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
if (!Number.isSafeInteger(COUNT) || COUNT < 1000) throw new Error(`BENCH_COUNT must be a whole number ≥ 1,000, got "${process.env.BENCH_COUNT}".`);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',').map((e) => e.trim());
for (const engine of ENGINES) if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`BENCH_ENGINES: unknown engine "${engine}".`);
const TIME_LIMIT_S = Number(process.env.BENCH_TIME_LIMIT_S ?? 900);
if (!(TIME_LIMIT_S > 0)) throw new Error(`BENCH_TIME_LIMIT_S must be a positive number of seconds, got "${process.env.BENCH_TIME_LIMIT_S}".`);

const BATCH = 1000; // rows per push and per pull page (the API's maximum)
const EDITS = Math.min(10_000, COUNT);
const CLIENTS = 50;
const ROUNDS = 20;
const ROWS_PER_PUSH = 10;
const SHARED_DOCS = 50;
const SEED = 20_261_125;
const NOW = Date.UTC(2026, 10, 25);
const COLLECTION = 'influencers';
const PASSWORD = 'bench password 1';
const SQLITE_P95_TARGET_MS = 100;

const root = resolve(import.meta.dirname, '../..');
const deadline = new Deadline(TIME_LIMIT_S * 1000);

interface Row {
  name: string;
  value: number;
  unit: string;
  note: string;
}

interface EngineReport {
  title: string;
  rows: Row[];
  error?: string;
}

const ms = (value: number): string => `${formatNumber(value)} ms`;
const perSecond = (n: number, totalMs: number): string => `${count(Math.round(n / (totalMs / 1000)))}`;
const ratio = (value: number, baseline: number): string => `${(value / baseline).toFixed(2)}×`;

function recorder(rows: Row[]) {
  return (name: string, value: number, unit: string, note = ''): void => {
    rows.push({ name, value, unit, note });
    console.log(`  ${name}: ${formatNumber(value)} ${unit}${note === '' ? '' : `  (${note})`}`);
  };
}

// ---- Cleanup: everything started is stopped at the end, also on errors and on Ctrl-C. ----

const cleanups: Array<() => Promise<void>> = [];
async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse()) {
    await step().catch((error: unknown) => console.error('Cleanup step failed:', error));
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and the database…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// ---- The data: one fixed set of influencers, as a client would push them. ----

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

const nextStatus = (status: unknown): string => {
  const index = COLLABORATION_STATUSES.findIndex((s) => s.id === status);
  return COLLABORATION_STATUSES[(index + 1) % COLLABORATION_STATUSES.length]!.id;
};

console.log(`Sync server benchmark at ${count(COUNT)} influencers (${cpus().length} cores, Node ${process.version})`);
const genStart = performance.now();
const influencers: Doc[] = generateDemoInfluencers({ count: COUNT, seed: SEED, now: NOW, actorId: 'member-bench-loader' }).map((doc) => ({ ...doc, _deleted: false }));
// Serialized once: the seeding pushes time the server, not the client's JSON.stringify.
const seedBodies = chunks(influencers, BATCH).map((docs) => JSON.stringify(docs.map((doc): PushRow => ({ assumedMasterState: null, newDocumentState: doc }))));
console.log(`Generated ${count(COUNT)} influencers in ${ms(performance.now() - genStart)} (seed ${SEED}); a push body of ${count(BATCH)} is ${formatNumber(seedBodies[0]!.length / 1024)} KiB.`);

// ---- Where a push's CPU goes, without storage (engine-independent, this thread). ----

function cpuCosts(): Row[] {
  const rows: Row[] = [];
  const record = recorder(rows);
  const definition = collections.get(COLLECTION)!;
  const sample = seedBodies.slice(0, 10);
  const parseMs: number[] = [];
  const validateMs: number[] = [];
  for (const body of sample) {
    deadline.check('the CPU cost sample');
    const t0 = performance.now();
    const parsed: unknown = JSON.parse(body);
    const t1 = performance.now();
    parsePush(parsed, definition);
    validateMs.push(performance.now() - t1);
    parseMs.push(t1 - t0);
  }
  record(`JSON.parse of a ${count(BATCH)}-row push body`, percentile(parseMs, 50), 'ms', `median of ${sample.length}`);
  record(`schema validation (parsePush) of ${count(BATCH)} rows`, percentile(validateMs, 50), 'ms', `median of ${sample.length}`);
  return rows;
}

// ---- One engine: storage baselines, then the server over HTTP. ----

interface Threads {
  server: ServerStats;
  /** Share of the time this (the clients') thread was busy, 0–1. */
  benchBusy: number;
}

/** Runs a phase and reports how busy both threads were and the server's own time per push. */
async function withThreadStats<T>(server: RunningServer, phase: () => Promise<T>): Promise<[T, Threads]> {
  await server.stats(); // starts a new interval
  const mark = performance.eventLoopUtilization();
  const result = await phase();
  const benchBusy = performance.eventLoopUtilization(mark).utilization;
  return [result, { server: await server.stats(), benchBusy }];
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;
const threadNote = ({ server, benchBusy }: Threads): string =>
  `in the server: p50 ${ms(percentile(server.pushMs, 50))}, p95 ${ms(percentile(server.pushMs, 95))} per push; server thread busy ${percent(server.busy)}, bench thread ${percent(benchBusy)}; longest server stall ${ms(server.maxStallMs)}`;

interface Location {
  databaseUrl: string | null;
  dataDir: string;
}

interface ConcurrentResult {
  latencies: number[];
  wallMs: number;
  pushes: number;
  rows: number;
  conflictRows: number;
  pushesWithConflicts: number;
}

/**
 * CLIENTS members push ROUNDS batches each, all at once, each as fast as its previous push
 * returns. A client keeps its own copy of every document it edits, as RxDB does: after a
 * written row its pushed document is the assumed master; after a conflict, the server's.
 */
async function concurrentPushes(client: SyncClient, members: SignedIn[], known: readonly Doc[], pick: (member: number, round: number) => number[], label: string): Promise<ConcurrentResult> {
  const latencies: number[] = [];
  let conflictRows = 0;
  let pushesWithConflicts = 0;
  const t0 = performance.now();
  await Promise.all(
    members.map(async (member, m) => {
      const local = new Map<number, Doc>();
      for (let round = 0; round < ROUNDS; round++) {
        deadline.check(`the concurrent pushes (${label})`);
        const indices = pick(m, round);
        const rows = indices.map((i): PushRow => {
          const assumed = local.get(i) ?? known[i]!;
          return { assumedMasterState: assumed, newDocumentState: { ...assumed, customName: `${label} m${m} r${round}` } };
        });
        const { ms: took, conflicts } = await client.push(member.token, COLLECTION, rows);
        latencies.push(took);
        const lost = new Map(conflicts.map((doc) => [doc.id as string, doc]));
        indices.forEach((i, k) => local.set(i, lost.get(rows[k]!.newDocumentState.id as string) ?? rows[k]!.newDocumentState));
        conflictRows += conflicts.length;
        if (conflicts.length > 0) pushesWithConflicts += 1;
      }
    }),
  );
  const pushes = members.length * ROUNDS;
  return { latencies, wallMs: performance.now() - t0, pushes, rows: pushes * ROWS_PER_PUSH, conflictRows, pushesWithConflicts };
}

async function benchEngine(engine: StorageEngine, newLocation: () => Promise<Location>): Promise<EngineReport> {
  const rows: Row[] = [];
  const record = recorder(rows);
  let title = engine === 'sqlite' ? 'SQLite (better-sqlite3, WAL, synchronous=NORMAL)' : 'PostgreSQL';
  const batches = Math.ceil(COUNT / BATCH);

  // 1. Baselines straight through the storage, each on a fresh database.
  let rawInsertMs: number;
  let rawPullMs: number;
  {
    const storage: Storage = await openStorage({ ...(await newLocation()), now: () => NOW });
    try {
      if (engine === 'postgres') {
        const { rows: version } = await sql<{ server_version: string }>`SHOW server_version`.execute(storage.db);
        title = `PostgreSQL ${version[0]?.server_version.split(' ')[0] ?? '?'} (pg pool of 10; throwaway cluster, fsync off)`;
      }
      console.log(`\n${title}`);
      const session = await seedTeam(storage, `raw-${engine}`, NOW);
      const insert = await insertRaw(storage, session, influencers, BATCH, NOW, deadline);
      rawInsertMs = insert.totalMs;
      record('seed, raw multi-row INSERT (baseline)', insert.totalMs / 1000, 's', `${perSecond(COUNT, insert.totalMs)} docs/s; 1 INSERT of ${count(BATCH)} rows a statement, same Kysely storage`);
      const pull = await pullRaw(storage, session, BATCH, batches + 2, deadline);
      if (pull.documents !== COUNT) throw new Error(`Raw pull read ${pull.documents} documents, expected ${COUNT}.`);
      rawPullMs = pull.totalMs;
    } finally {
      await storage.close();
    }
  }
  {
    const storage = await openStorage({ ...(await newLocation()), now: () => NOW });
    try {
      const session = await seedTeam(storage, `direct-${engine}`, NOW);
      const direct = await pushDirect(storage, session, influencers, BATCH, deadline);
      if (direct.conflicts !== 0) throw new Error(`The direct push reported ${direct.conflicts} conflicts on an empty database.`);
      record('seed, server push code without HTTP', direct.totalMs / 1000, 's', `${perSecond(COUNT, direct.totalMs)} docs/s; ${ratio(direct.totalMs, rawInsertMs)} raw INSERT (pushDocuments: transaction, counter lock, read, compare, stamp, upsert)`);
    } finally {
      await storage.close();
    }
  }

  // 2. The real server in its own thread, on a fresh database.
  const server: RunningServer = await startServerWorker(await newLocation());
  cleanups.push(() => server.stop());
  const client = new SyncClient(server.url);
  const admin = await client.createTeam({ teamName: 'Bench agency', name: 'Bench Admin', email: `admin-${engine}@bench.example`, password: PASSWORD });

  // Seeding: every document new, 1,000 a push.
  const seedMs: number[] = [];
  const seedStart = performance.now();
  const [, seedThreads] = await withThreadStats(server, async () => {
    for (const body of seedBodies) {
      deadline.check('seeding over HTTP');
      const { ms: took, conflicts } = await client.pushBody(admin.token, COLLECTION, body);
      if (conflicts.length > 0) throw new Error(`Seeding: ${conflicts.length} conflicts on new documents.`);
      seedMs.push(took);
    }
  });
  const seedWall = performance.now() - seedStart;
  record(
    `seed over HTTP push (${count(BATCH)} per push)`,
    seedWall / 1000,
    's',
    `${perSecond(COUNT, seedWall)} docs/s; ${ratio(seedWall, rawInsertMs)} raw INSERT; per push p50 ${ms(percentile(seedMs, 50))}, p95 ${ms(percentile(seedMs, 95))}, first 10 ${ms(percentile(seedMs.slice(0, 10), 50))} vs last 10 ${ms(percentile(seedMs.slice(-10), 50))} (median); ${threadNote(seedThreads)}`,
  );

  // First-sync pull: everything from since=0, 1,000 a page. Timed per request (sending until
  // the whole body arrived); the client's JSON.parse is outside, the server's work inside.
  const known: Doc[] = [];
  const pageMs: number[] = [];
  let since = 0;
  for (let page = 0; ; page++) {
    if (page > batches + 2) throw new Error(`The first-sync pull did not end within ${batches + 2} pages.`);
    deadline.check('the first-sync pull');
    const result = await client.pull(admin.token, COLLECTION, since, BATCH);
    pageMs.push(result.ms);
    if (result.documents.length === 0) break;
    known.push(...result.documents);
    since = result.checkpoint.seq;
  }
  if (known.length !== COUNT) throw new Error(`The first-sync pull brought ${known.length} documents, expected ${COUNT}.`);
  const pullMs = sum(pageMs);
  record('first-sync pull, raw SELECT of the same pages (baseline)', rawPullMs / 1000, 's', `${perSecond(COUNT, rawPullMs)} docs/s; bodies left as text`);
  record(
    `first-sync pull over HTTP (limit=${count(BATCH)}, since=0)`,
    pullMs / 1000,
    's',
    `${perSecond(COUNT, pullMs)} docs/s; ${ratio(pullMs, rawPullMs)} raw SELECT; ${pageMs.length} requests, per page p50 ${ms(percentile(pageMs, 50))}, p95 ${ms(percentile(pageMs, 95))}`,
  );

  // A push of edits: the first EDITS documents as pulled, status moved on, the pulled
  // document as the assumed master. Serialized before timing, like the seeding bodies.
  const editRows = known.slice(0, EDITS).map((doc): PushRow => ({ assumedMasterState: doc, newDocumentState: { ...doc, status: nextStatus(doc.status) } }));
  const editBodies = chunks(editRows, BATCH).map((batch) => JSON.stringify(batch));
  const editMs: number[] = [];
  let editConflicts = 0;
  const editStart = performance.now();
  const [, editThreads] = await withThreadStats(server, async () => {
    for (const body of editBodies) {
      deadline.check('the push of edits');
      const { ms: took, conflicts } = await client.pushBody(admin.token, COLLECTION, body);
      editMs.push(took);
      editConflicts += conflicts.length;
    }
  });
  const editWall = performance.now() - editStart;
  editRows.forEach((row, i) => (known[i] = row.newDocumentState));
  record(
    `push ${count(EDITS)} edits (${count(BATCH)} per push)`,
    editWall / 1000,
    's',
    `${perSecond(EDITS, editWall)} docs/s; per push p50 ${ms(percentile(editMs, 50))}, p95 ${ms(percentile(editMs, 95))}; ${editConflicts === 0 ? '0 conflicts ✓' : `**${count(editConflicts)} conflicts, expected 0**`}; ${threadNote(editThreads)}`,
  );
  if (editConflicts !== 0) process.exitCode = 1;

  // 50 members, created by the admin; each logs in (production scrypt cost: setup, not a measure).
  const memberStart = performance.now();
  const members: SignedIn[] = [];
  for (const group of chunks(Array.from({ length: CLIENTS }, (_, i) => i), 4)) {
    deadline.check('creating members');
    members.push(
      ...(await Promise.all(
        group.map(async (i) => {
          const email = `member${i}-${engine}@bench.example`;
          await client.addMember(admin, { name: `Bench member ${i}`, email, password: PASSWORD, role: 'member' });
          return client.login(email, PASSWORD);
        }),
      )),
    );
  }
  console.log(`  (set-up: ${CLIENTS} members created and logged in in ${ms(performance.now() - memberStart)}; scrypt at the production cost)`);
  // Each client opens its connection first (one GET /api/me each, all at once), as running
  // apps have theirs: the pushes below then measure the server, not 50 TCP handshakes.
  await Promise.all(members.map((member) => client.expect('GET', '/api/me', member.token, undefined, 200)));

  // Each member on its own ROWS_PER_PUSH influencers, edited ROUNDS times: no conflicts.
  const own = await withThreadStats(server, () => concurrentPushes(client, members, known, (m) => Array.from({ length: ROWS_PER_PUSH }, (_, k) => m * ROWS_PER_PUSH + k), 'own'));
  // Everyone on the same SHARED_DOCS influencers: conflicts happen and come back.
  const sharedBase = CLIENTS * ROWS_PER_PUSH;
  const shared = await withThreadStats(server, () =>
    concurrentPushes(client, members, known, (m, r) => Array.from({ length: ROWS_PER_PUSH }, (_, k) => sharedBase + ((m * 7 + r * ROWS_PER_PUSH + k) % SHARED_DOCS)), 'shared'),
  );
  for (const [label, measured] of [
    ['own influencers', own],
    [`the same ${SHARED_DOCS} influencers`, shared],
  ] as const) {
    const [result, threads] = measured;
    const p95 = percentile(result.latencies, 95);
    const target = engine === 'sqlite' ? `; target p95 ≤ ${SQLITE_P95_TARGET_MS} ms: ${p95 <= SQLITE_P95_TARGET_MS ? 'met' : '**missed**'}` : '';
    record(`${CLIENTS} clients × ${ROUNDS} pushes of ${ROWS_PER_PUSH}, ${label}: p95 per push`, p95, 'ms', `p50 ${ms(percentile(result.latencies, 50))}, max ${ms(Math.max(...result.latencies))}${target}; ${threadNote(threads)}`);
    const conflictNote =
      result.conflictRows === 0 ? '0 conflicts' : `${count(result.conflictRows)} of ${count(result.rows)} rows in conflict (in ${count(result.pushesWithConflicts)} of ${count(result.pushes)} pushes), returned to the client`;
    record(`${CLIENTS} clients, ${label}: throughput`, result.pushes / (result.wallMs / 1000), 'pushes/s', `${perSecond(result.rows, result.wallMs)} docs/s; ${count(result.pushes)} pushes in ${ms(result.wallMs)}; ${conflictNote}`);
  }
  if (own[0].conflictRows !== 0) {
    console.error(`  Unexpected: ${own[0].conflictRows} conflicts with every client on its own influencers.`);
    process.exitCode = 1;
  }
  if (shared[0].conflictRows === 0) console.warn('  Note: no conflicts with every client on the same influencers (the pushes never overlapped).');

  await server.stop();
  return { title, rows };
}

// ---- The run. ----

const reports: EngineReport[] = [];
let cpuRows: Row[] = [];
let failed: unknown = null;
const runStart = performance.now();
try {
  console.log('\nPush CPU costs without storage (this thread)');
  cpuRows = cpuCosts();
  let cluster: TestPostgres | null = null;
  for (const engine of ENGINES as StorageEngine[]) {
    try {
      if (engine === 'postgres' && cluster === null) {
        const started = await startPostgres();
        cluster = started;
        cleanups.push(() => started.stop());
      }
      const pg = cluster;
      const newLocation = async (): Promise<Location> =>
        engine === 'sqlite' ? { databaseUrl: null, dataDir: tempDir('crm-bench-sqlite-') } : { databaseUrl: await pg!.createDatabase(), dataDir: '' };
      reports.push(await benchEngine(engine, newLocation));
    } catch (error) {
      console.error(`\n${engine} failed:`, error);
      reports.push({ title: engine === 'sqlite' ? 'SQLite' : 'PostgreSQL', rows: [], error: error instanceof Error ? error.message : String(error) });
      failed = error;
      break; // a later engine would only add to the time; the cause is above
    }
  }
} finally {
  await cleanUp();
}

const table = (rows: Row[]): string[] => [
  '| measure | value | note |',
  '| --- | --- | --- |',
  ...rows.map((r) => `| ${r.name} | ${formatNumber(r.value)} ${r.unit} | ${r.note} |`),
];
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
const lines = [
  `\n## ${date} UTC — sync server at ${count(COUNT)} influencers (${cpus().length} cores)\n`,
  `\`npm run bench:sync\` (bench/sync/run.ts): the real server (buildServer + listen, in a worker thread) over HTTP on 127.0.0.1, ` +
    `clients with fetch in the main thread; ${count(COUNT)} demo influencers (seed ${SEED}). Ratios are against baselines from this run. ` +
    `Total run ${formatNumber((performance.now() - runStart) / 1000)} s.\n`,
  '### Push CPU costs without storage (engine-independent)\n',
  ...table(cpuRows),
  ...reports.flatMap((report) => ['', `### ${report.title}\n`, ...(report.error === undefined ? table(report.rows) : [`Failed: ${report.error}`])]),
  '',
];
console.log(lines.join('\n'));
if (reports.some((report) => report.rows.length > 0)) {
  appendFileSync(resolve(root, 'bench/RESULTS.md'), lines.join('\n'));
  console.log('Appended to bench/RESULTS.md');
}
if (failed !== null) process.exitCode = 1;
