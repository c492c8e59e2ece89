import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Activity } from '../../shared/activity';
import type { Influencer, Platform } from '../../shared/influencer';
import { parseProfileLink } from '../../shared/links/parseProfileLink';
import { displayName } from '../../shared/names/displayName';
import { applyRecordingResult } from '../../shared/recording/applyRecordingResult';
import { claimRecording, STALE_RECORDING_MS } from '../../shared/recording/claimRecording';
import type { ProfileLookupResult } from '../../shared/recording/profileLookup';
import { recordingActivities } from '../../shared/recording/recordingActivities';
import { recordingOf, recordingStepOf } from '../../shared/recording/recordingState';
import { influencerSchema } from '../../shared/schemas/influencerSchema';
import { validateDocument } from '../../shared/schemas/validateDocument';
import type { Doc } from '../../shared/sync/mergeDocuments';
import type { Storage } from '../storage/storage';
import type { Database } from '../storage/tables';
import { ACTIVITIES } from '../sync/collections';
import { lockTeamCounter, writeServerDocuments, type ServerWrite } from '../team/teamDocuments';
import { lookupProfile, providerMap } from './lookupProfile';
import type { PlatformProfileProvider } from './platformProfileProvider';
import { dueRecordingJobs, type RecordingJob } from './recordingJobs';

const INFLUENCERS = 'influencers';

export interface RecordingWorkerOptions {
  storage: Storage;
  providers: readonly PlatformProfileProvider[];
  now?: () => number;
  newId?: () => string;
  /** How often the queue is swept besides the pushes that wake the worker (default 30 s). */
  sweepMs?: number;
  /** A claim older than this was left by a stopped server and is run again (default 10 min). */
  staleAfterMs?: number;
  /** Claims of one request before it is failed instead of tried again (default 3). */
  maxAttempts?: number;
  /** How long close() lets a lookup in flight finish before dropping it (default 5 s). */
  closeGraceMs?: number;
  log?: { warn(detail: object, message: string): void; info(detail: object, message: string): void };
}

export interface RecordingWorker {
  /** Listens for pushes and sweeps the queue now and every `sweepMs`. */
  start(): void;
  /** Looks at the queue soon (coalesced with a run in progress). */
  kick(): void;
  /** Runs every job due now, one after the other; resolves with how many ran to a result. */
  runDue(): Promise<number>;
  /** Stops listening and sweeping; waits a little for a lookup in flight (see closeGraceMs). */
  close(): Promise<void>;
}

interface Claimed {
  inf: Influencer;
  requestedAt: number;
  batchId: string;
}

const BATCH = 20;

/**
 * The server's side of recording (reference 000, "Influencer Types"; shared/recording/):
 * for each queued job it claims the recording in the database, looks the profile up with the
 * platform's provider outside any transaction, and writes the result. Every write goes through
 * the team's counter lock like a push — so it replicates and streams to every app, server
 * stamped, with its activity entries — and re-reads the document under that lock, which makes
 * the claim safe across server instances on one database: one instance moves "requested" to
 * "recording", the others then find nothing to claim. A claim left by a stopped server is
 * taken over once stale; a request that keeps dying fails after `maxAttempts` claims.
 * The worker keeps no state of its own: the queue, the claims and the results live in the
 * database, so any instance may run any job.
 */
export function createRecordingWorker(options: RecordingWorkerOptions): RecordingWorker {
  const { storage } = options;
  const providers = providerMap(options.providers);
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomUUID;
  const sweepMs = options.sweepMs ?? 30_000;
  const staleAfterMs = options.staleAfterMs ?? STALE_RECORDING_MS;
  const maxAttempts = options.maxAttempts ?? 3;
  const closeGraceMs = options.closeGraceMs ?? 5_000;
  const abort = new AbortController();
  let closed = false;
  let timer: ReturnType<typeof setInterval> | null = null;
  let unsubscribe: (() => void) | null = null;
  let running: Promise<number> | null = null;
  let again = false;

  async function runDue(): Promise<number> {
    let done = 0;
    for (;;) {
      const jobs = await dueRecordingJobs(storage.db, now(), BATCH);
      let progressed = false;
      for (const job of jobs) {
        if (closed) return done;
        try {
          if (await runJob(job)) {
            done++;
            progressed = true;
          }
        } catch (error) {
          // A database error: the job stays queued and is tried again by the next sweep.
          options.log?.warn({ err: error, job }, 'recording: job failed, will retry');
        }
      }
      // Jobs that stayed due were someone else's (or failed): leave them to the next sweep.
      if (jobs.length < BATCH || !progressed) return done;
    }
  }

  function kick(): void {
    if (closed) return;
    if (running !== null) {
      again = true;
      return;
    }
    running = runDue()
      .catch((error: unknown) => {
        options.log?.warn({ err: error }, 'recording: sweep failed');
        return 0;
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          kick();
        }
      });
  }

  /** One job: claim, look up, write the result. false when there was nothing to do. */
  async function runJob(job: RecordingJob): Promise<boolean> {
    const claimed = await inTeamTransaction(job.teamId, (trx) => claim(trx, job));
    if (claimed === null) return false;
    const result = await lookupProfile(providers, claimed.inf.link, abort.signal);
    // Stopping mid-lookup: the answer is no failure of the platform. The claim stays and is
    // taken over when stale, by this server after a restart or by another instance.
    if (abort.signal.aborted) return false;
    if (result.status !== 'found') options.log?.info({ job, status: result.status, detail: result.detail }, 'recording: lookup failed');
    await inTeamTransaction(job.teamId, (trx) => finish(trx, job, claimed, result));
    return true;
  }

  async function claim(trx: Transaction<Database>, job: RecordingJob): Promise<{ writes: ServerWrite[]; value: Claimed | null }> {
    const at = now();
    const row = await trx
      .selectFrom('recording_jobs')
      .select(['due_at', 'attempts', 'batch_id'])
      .where('team_id', '=', job.teamId)
      .where('influencer_id', '=', job.influencerId)
      .executeTakeFirst();
    // Another instance claimed it since the queue was read.
    if (row === undefined || Number(row.due_at) > at) return { writes: [], value: null };
    const inf = await readInfluencer(trx, job);
    const step = inf === null ? 'none' : recordingStepOf(inf);
    if (inf === null || (step !== 'requested' && step !== 'recording')) {
      await deleteJob(trx, job); // cancelled, or finished meanwhile
      return { writes: [], value: null };
    }
    const recording = recordingOf(inf);
    if (recording === null) return { writes: [], value: null };
    const claimOutcome = claimRecording(inf, at, staleAfterMs);
    if (!claimOutcome.ok) {
      // Running on another instance: look again when its claim would be stale.
      const startedAt = recording.startedAt ?? at;
      await trx.updateTable('recording_jobs').set({ due_at: startedAt + staleAfterMs }).where('team_id', '=', job.teamId).where('influencer_id', '=', job.influencerId).execute();
      return { writes: [], value: null };
    }
    if (step === 'recording' && Number(row.attempts) >= maxAttempts) {
      // A stale claim again and again (the server dies on it): give up with a reason rather than loop.
      const reason = 'The recording did not finish after several tries. Try recording again later.';
      const { writes } = resultWrites(inf, { status: 'provider_down', reason }, recording.requestedAt, at, row.batch_id ?? newId());
      await deleteJob(trx, job);
      return { writes, value: null };
    }
    const batchId = newId();
    const fields = { recording: claimOutcome.recording };
    const next: Influencer = { ...inf, ...fields, updatedAt: at, updatedBy: claimOutcome.recording.requestedBy };
    const entries = recordingActivities(inf, fields, { actorId: claimOutcome.recording.requestedBy, at, batchId, newId });
    await trx
      .updateTable('recording_jobs')
      .set({ due_at: at + staleAfterMs, attempts: Number(row.attempts) + 1, batch_id: batchId })
      .where('team_id', '=', job.teamId)
      .where('influencer_id', '=', job.influencerId)
      .execute();
    return { writes: [influencerWrite(next), ...entries.map(activityWrite)], value: { inf: next, requestedAt: claimOutcome.recording.requestedAt, batchId } };
  }

  async function finish(trx: Transaction<Database>, job: RecordingJob, claimed: Claimed, result: ProfileLookupResult): Promise<{ writes: ServerWrite[]; value: null }> {
    const inf = await readInfluencer(trx, job);
    if (inf === null) {
      await deleteJob(trx, job);
      return { writes: [], value: null };
    }
    const duplicateOf = result.status === 'found' ? await findDuplicate(trx, job, result.profile.platform, result.profile.link) : undefined;
    const { writes, after } = resultWrites(inf, result, claimed.requestedAt, now(), claimed.batchId, duplicateOf);
    // An out-of-date answer writes nothing; the job stays only if the influencer waits for another run.
    const step = recordingStepOf(after);
    if (step !== 'requested' && step !== 'recording') await deleteJob(trx, job);
    return { writes, value: null };
  }

  /** The influencer and log writes for a provider's answer; none when the answer is out of date. */
  function resultWrites(inf: Influencer, result: ProfileLookupResult, requestedAt: number, at: number, batchId: string, duplicateOf?: string): { writes: ServerWrite[]; after: Influencer } {
    let outcome = applyRecordingResult(inf, result, { now: at, requestedAt, duplicateOf });
    if (!outcome.ok) return { writes: [], after: inf };
    const actorId = recordingOf(inf)?.requestedBy ?? inf.updatedBy;
    let next: Influencer = { ...inf, ...outcome.fields, updatedAt: at, updatedBy: actorId };
    const valid = validateDocument(influencerSchema, next);
    if (!valid.ok) {
      // Never store a document the apps would refuse: fail the recording instead.
      options.log?.warn({ influencerId: inf.id, errors: valid.errors }, 'recording: the result does not fit the influencer schema');
      outcome = applyRecordingResult(inf, { status: 'provider_down', reason: "The platform's answer could not be stored. Try recording again later." }, { now: at, requestedAt });
      if (!outcome.ok) return { writes: [], after: inf };
      next = { ...inf, ...outcome.fields, updatedAt: at, updatedBy: actorId };
    }
    const entries = recordingActivities(inf, outcome.fields, { actorId, at, batchId, newId });
    return { writes: [influencerWrite(next), ...entries.map(activityWrite)], after: next };
  }

  /** Another live influencer of the team with the profile just found: its name. */
  async function findDuplicate(trx: Transaction<Database>, job: RecordingJob, platform: Platform, link: string): Promise<string | undefined> {
    const parsed = parseProfileLink(link);
    if (!parsed.ok) return undefined; // applyRecordingResult refuses such an answer anyway
    const { platformId } = parsed;
    // Bodies are JSON.stringify output: the id appears exactly as its JSON token.
    const token = `"platformId":${JSON.stringify(platformId)}`;
    const rows = await trx
      .selectFrom('documents')
      .select(['id', 'body'])
      .where('team_id', '=', job.teamId)
      .where('collection', '=', INFLUENCERS)
      .where('id', '!=', job.influencerId)
      .where('body', 'like', `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
      .execute();
    for (const row of rows) {
      const other = JSON.parse(row.body) as Influencer & { _deleted?: boolean };
      if (other._deleted !== true && other.platform === platform && other.platformId === platformId) return displayName(other);
    }
    return undefined;
  }

  /**
   * One transaction under the team's counter lock, as every writer of the team's documents
   * takes it (push, Team settings): `body` re-reads what it decides on after the lock, writes
   * with the next sequence numbers and the change is announced to every instance's streams.
   */
  async function inTeamTransaction<T>(teamId: string, body: (trx: Transaction<Database>) => Promise<{ writes: ServerWrite[]; value: T }>): Promise<T> {
    const collections = new Set<string>();
    const value = await storage.db.transaction().execute(async (trx) => {
      const seq = await lockTeamCounter(trx, teamId);
      const result = await body(trx);
      for (const name of await writeServerDocuments(trx, teamId, seq, result.writes)) {
        await storage.changes.announce(trx, teamId, name);
        collections.add(name);
      }
      return result.value;
    });
    for (const name of collections) storage.changes.committed(teamId, name);
    return value;
  }

  return {
    start() {
      if (closed || timer !== null) return;
      unsubscribe = storage.changes.subscribe((notice) => {
        if (notice.kind === 'missed' || notice.collection === INFLUENCERS) kick();
      });
      timer = setInterval(kick, sweepMs);
      timer.unref();
      kick(); // requests queued while no server ran
    },
    kick,
    runDue,
    async close() {
      if (closed) return;
      closed = true;
      if (timer !== null) clearInterval(timer);
      unsubscribe?.();
      const current = running;
      if (current === null) return;
      let graceTimer: ReturnType<typeof setTimeout> | undefined;
      const grace = new Promise<void>((resolve) => {
        graceTimer = setTimeout(resolve, closeGraceMs);
      });
      await Promise.race([current.then(() => undefined), grace]);
      clearTimeout(graceTimer);
      abort.abort();
      await current;
    },
  };
}

async function readInfluencer(trx: Transaction<Database>, job: RecordingJob): Promise<Influencer | null> {
  const row = await trx
    .selectFrom('documents')
    .select('body')
    .where('team_id', '=', job.teamId)
    .where('collection', '=', INFLUENCERS)
    .where('id', '=', job.influencerId)
    .executeTakeFirst();
  if (row === undefined) return null;
  const { _deleted: deleted, ...fields } = JSON.parse(row.body) as Doc;
  return deleted === true ? null : (fields as unknown as Influencer);
}

async function deleteJob(trx: Transaction<Database>, job: RecordingJob): Promise<void> {
  await trx.deleteFrom('recording_jobs').where('team_id', '=', job.teamId).where('influencer_id', '=', job.influencerId).execute();
}

function influencerWrite(inf: Influencer): ServerWrite {
  return { collection: INFLUENCERS, doc: { ...inf, _deleted: false } };
}

function activityWrite(entry: Activity): ServerWrite {
  return { collection: ACTIVITIES, doc: { ...entry, _deleted: false } };
}
