import type { RxError, RxStorageInstanceReplicationState, RxTypeError } from 'rxdb';
import { BehaviorSubject, combineLatest, merge, type Subscription } from 'rxjs';
import type { Activity } from '../../../shared/activity';
import type { Influencer } from '../../../shared/influencer';
import type { Label } from '../../../shared/labels/label';
import { labelSchema } from '../../../shared/schemas/labelSchema';
import type { CrmRecord } from '../../../shared/records/crmRecord';
import type { EmailProject } from '../../../shared/records/emailProject';
import { emailProjectSchema } from '../../../shared/schemas/emailProjectSchema';
import { activitySchema } from '../../../shared/schemas/activitySchema';
import { groupSchema } from '../../../shared/schemas/groupSchema';
import { influencerSchema } from '../../../shared/schemas/influencerSchema';
import { memberSchema } from '../../../shared/schemas/memberSchema';
import { recordSchema } from '../../../shared/schemas/recordSchema';
import { settingSchema } from '../../../shared/schemas/settingSchema';
import { viewSchema } from '../../../shared/schemas/viewSchema';
import type { SavedView } from '../../../shared/views/savedView';
import type { Group } from '../../../shared/team/group';
import type { Member } from '../../../shared/team/member';
import type { Setting } from '../../../shared/settings/setting';
import type { CrmDatabase } from '../db/database';
import { combinedEventStream } from './combinedEventStream';
import { countPendingChanges, type PendingCount } from './countPendingChanges';
import type { EventSourceLike } from './eventStream';
import { replicateCrmCollection, type CrmReplication } from './replicateCrmCollection';
import { ServerError, type FetchFunction } from './serverApi';
import { createSyncClient } from './syncClient';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './syncStatus';
import { useSyncStatusStore } from './syncStatusStore';

/** Counting stops here: the indicator then says "1,000+ changes waiting". */
const PENDING_COUNT_LIMIT = 1_000;
/** Recount at most this often while changes stream in, and never more than a fifth of the time. */
const PENDING_RECOUNT_MS = 250;
const PENDING_RECOUNT_DUTY = 5;

export interface SyncSession {
  serverUrl: string;
  token: string;
  team: { id: string };
}

export interface StartSyncOptions {
  db: CrmDatabase;
  session: SyncSession;
  /** The server refused the token (401): called once; the replications are already stopping. */
  onUnauthorized(): void;
  fetch?: FetchFunction;
  createEventSource?: (url: string) => EventSourceLike;
  /** False in tests without leader election (a single-instance database never waits anyway). */
  waitForLeadership?: boolean;
  /** The first retry wait (ms); tests shorten it. */
  firstRetryMs?: number;
  now?: () => number;
}

export interface SyncHandle {
  readonly influencers: CrmReplication<Influencer>;
  readonly activities: CrmReplication<Activity>;
  /** null when the database was opened without the team collections (tests). */
  readonly members: CrmReplication<Member> | null;
  readonly groups: CrmReplication<Group> | null;
  readonly settings: CrmReplication<Setting> | null;
  /** null when the database was opened without the records collection (tests). */
  readonly records: CrmReplication<CrmRecord> | null;
  readonly emailProjects: CrmReplication<EmailProject> | null;
  /** null when the database was opened without the views collection (tests). */
  readonly views: CrmReplication<SavedView> | null;
  /** null when the database was opened without the labels collection (tests). */
  readonly labels: CrmReplication<Label> | null;
  /** Stops replicating; pending changes stay stored and are pushed by the next start. */
  stop(): Promise<void>;
}

type RelayMessage = { type: 'hello' } | { type: 'status'; status: SyncStatus };

function isRequestError(error: RxError | RxTypeError): boolean {
  // Handler failures (RC_PULL/RC_PUSH with the handler's errors) are reported by onRequestFailed.
  const parameters: unknown = (error as { parameters?: unknown }).parameters;
  return (error.code === 'RC_PULL' || error.code === 'RC_PUSH') && typeof parameters === 'object' && parameters !== null && 'errors' in parameters;
}

function describeRequestError(error: unknown): string {
  if (error instanceof ServerError) {
    if (error.kind === 'network') return 'The server cannot be reached.';
    if (error.kind === 'unauthorized') return 'The server no longer accepts this sign-in.';
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The sync that owns the status store; a stopping predecessor must not overwrite it. */
let statusOwner: symbol | null = null;

/**
 * Replicates the team's collections with the sync server for one session, and keeps the
 * sync indicator's status: online/offline (navigator.onLine and whether requests get
 * through), syncing, changes waiting (counted from RxDB's persisted replication state),
 * last synced time and last error. Only the leader window replicates; it relays its status
 * to the other windows of the same database.
 */

export function startSync(options: StartSyncOptions): SyncHandle {
  const { db, session } = options;
  const now = options.now ?? Date.now;
  const owner = Symbol('sync');
  statusOwner = owner;
  const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine;
  useSyncStatusStore.getState().replace({ ...INITIAL_SYNC_STATUS, role: 'starting', serverUrl: session.serverUrl, browserOnline: browserOnline() });
  const update = (change: Partial<SyncStatus>) => {
    if (statusOwner === owner) useSyncStatusStore.getState().update(change);
  };

  let stopped = false;
  let unauthorizedReported = false;
  const client = createSyncClient(session, options.fetch);
  const streamed = ['influencers', 'activities', 'members', 'groups', 'settings', 'records', 'emailProjects', 'views', 'labels'].filter((name) => name in db.collections);
  const eventsOf = combinedEventStream({
    client,
    collections: streamed,
    createEventSource: options.createEventSource,
    onUnauthorized: () => common.onUnauthorized(),
  });
  const common = {
    client,
    createEventSource: options.createEventSource,
    waitForLeadership: options.waitForLeadership,
    firstRetryMs: options.firstRetryMs,
    onUnauthorized: () => {
      if (unauthorizedReported || stopped) return;
      unauthorizedReported = true;
      update({ lastError: { message: 'The server no longer accepts this sign-in. Sign in again.', at: now() } });
      options.onUnauthorized();
    },
    onRequestSucceeded: () => {
      if (!useSyncStatusStore.getState().status.reachable) update({ reachable: true });
    },
    onRequestFailed: (error: unknown) => {
      const network = error instanceof ServerError && error.kind === 'network';
      update({ lastError: { message: describeRequestError(error), at: now() }, ...(network ? { reachable: false } : {}) });
    },
  };
  const influencers = replicateCrmCollection<Influencer>({
    ...common,
    collection: db.influencers,
    name: 'influencers',
    events$: eventsOf('influencers'),
    schema: influencerSchema,
    replicationIdentifier: `crm-sync:${session.team.id}:influencers`,
  });
  const activities = replicateCrmCollection<Activity>({
    ...common,
    collection: db.activities,
    name: 'activities',
    events$: eventsOf('activities'),
    schema: activitySchema,
    replicationIdentifier: `crm-sync:${session.team.id}:activities`,
  });
  // Team data: members and groups are written by the server only; settings by Administrators
  // (the server refuses anyone else's push).
  const opened = (name: string) => name in db.collections;
  const members = !opened('members') ? null : replicateCrmCollection<Member>({
    ...common,
    collection: db.members,
    name: 'members',
    events$: eventsOf('members'),
    schema: memberSchema,
    replicationIdentifier: `crm-sync:${session.team.id}:members`,
    readOnly: true,
  });
  const groups = !opened('groups') ? null : replicateCrmCollection<Group>({
    ...common,
    collection: db.groups,
    name: 'groups',
    events$: eventsOf('groups'),
    schema: groupSchema,
    replicationIdentifier: `crm-sync:${session.team.id}:groups`,
    readOnly: true,
  });
  const settings = !opened('settings') ? null : replicateCrmCollection<Setting>({
    ...common,
    collection: db.settings,
    name: 'settings',
    events$: eventsOf('settings'),
    schema: settingSchema,
    replicationIdentifier: `crm-sync:${session.team.id}:settings`,
  });
  const records = !opened('records') ? null : replicateCrmCollection<CrmRecord>({
    ...common,
    collection: db.records,
    name: 'records',
    schema: recordSchema,
    replicationIdentifier: `crm-sync:${session.team.id}:records`,
    events$: eventsOf('records'),
  });
  const emailProjects = !opened('emailProjects') ? null : replicateCrmCollection<EmailProject>({
    ...common,
    collection: db.emailProjects,
    name: 'emailProjects',
    schema: emailProjectSchema,
    replicationIdentifier: `crm-sync:${session.team.id}:emailProjects`,
    events$: eventsOf('emailProjects'),
  });
  const views = !opened('views') ? null : replicateCrmCollection<SavedView>({
    ...common,
    collection: db.views,
    name: 'views',
    schema: viewSchema,
    replicationIdentifier: `crm-sync:${session.team.id}:views`,
    events$: eventsOf('views'),
  });
  const labels = !opened('labels') ? null : replicateCrmCollection<Label>({
    ...common,
    collection: db.labels,
    name: 'labels',
    schema: labelSchema,
    replicationIdentifier: `crm-sync:${session.team.id}:labels`,
    events$: eventsOf('labels'),
  });
  const replications = [influencers, activities, members, groups, settings, records, emailProjects, views, labels].filter((r) => r !== null);
  /** What this app can have changes waiting in (members and groups are pull-only). */
  const pushing = [influencers, activities, settings, records, emailProjects, views, labels].filter((r) => r !== null);

  const subscriptions: Subscription[] = [];
  const cleanups: (() => void)[] = [];

  for (const replication of replications) {
    subscriptions.push(
      replication.error$.subscribe((error) => {
        if (!isRequestError(error)) update({ lastError: { message: error.message, at: now() } });
      }),
    );
  }
  // Until every collection has pulled what the server holds, the window is not in sync, even
  // in the gaps between replication cycles (before the first one starts, between batches).
  const firstSyncDone$ = new BehaviorSubject(false);
  subscriptions.push(
    combineLatest([firstSyncDone$, ...replications.map((r) => r.active$)]).subscribe(([firstSyncDone, ...states]) => {
      const active = !firstSyncDone || states.some(Boolean);
      const { status } = useSyncStatusStore.getState();
      if (active === status.active) return;
      // A cycle that ends with the server reachable means this window is in sync.
      update(!active && status.reachable && browserOnline() ? { active, lastSyncedAt: now() } : { active });
    }),
  );

  // Online/offline as the browser sees it.
  if (typeof addEventListener === 'function') {
    const onOnline = () => {
      update({ browserOnline: true });
      for (const replication of replications) replication.reSync();
    };
    const onOffline = () => update({ browserOnline: false });
    addEventListener('online', onOnline);
    addEventListener('offline', onOffline);
    cleanups.push(() => {
      removeEventListener('online', onOnline);
      removeEventListener('offline', onOffline);
    });
  }

  // Changes waiting: recounted (throttled) whenever documents, pushes or pulls move.
  let counting = false;
  let countAgain = false;
  let recountTimer: ReturnType<typeof setTimeout> | undefined;
  let recountDelay = PENDING_RECOUNT_MS;
  const recount = async (): Promise<void> => {
    if (counting) {
      countAgain = true;
      return;
    }
    counting = true;
    try {
      // Every pushing collection (members and groups are pull-only): a record or a setting
      // made offline is as much a change waiting as an influencer edit.
      // The count reads replication metadata only, never the documents' own fields.
      const states = pushing.map((r) => r.internalReplicationState as RxStorageInstanceReplicationState<unknown> | undefined);
      if (stopped || states.some((state) => state === undefined)) return;
      const started = now();
      let total: PendingCount = { count: 0, atLeast: false };
      for (const state of states) {
        if (state === undefined || total.count >= PENDING_COUNT_LIMIT) continue;
        const part = await countPendingChanges(state, { limit: PENDING_COUNT_LIMIT - total.count });
        total = { count: total.count + part.count, atLeast: total.atLeast || part.atLeast };
      }
      recountDelay = Math.max(PENDING_RECOUNT_MS, (now() - started) * PENDING_RECOUNT_DUTY);
      if (!stopped) update({ pending: total });
    } catch (error) {
      console.warn('Could not count the changes waiting to be sent.', error);
    } finally {
      counting = false;
      if (countAgain && !stopped) {
        countAgain = false;
        scheduleRecount();
      }
    }
  };
  const scheduleRecount = () => {
    if (recountTimer !== undefined || stopped) return;
    recountTimer = setTimeout(() => {
      recountTimer = undefined;
      void recount();
    }, recountDelay);
  };

  // Only the leader replicates: it counts and relays; other windows show what it relays.
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`crm-sync-status:${db.name}`) : null;
  let leader = false;
  const leadership = options.waitForLeadership === false || !db.multiInstance ? Promise.resolve(true) : db.waitForLeadership();
  void leadership.then(async () => {
    if (stopped) return;
    leader = true;
    update({ role: 'leader' });
    await Promise.all(replications.map((r) => r.startPromise));
    if (stopped) return;
    void Promise.all(replications.map((r) => r.awaitInitialReplication())).then(() => {
      if (!stopped) firstSyncDone$.next(true);
    });
    subscriptions.push(
      merge(
        ...pushing.map((r) => r.collection.eventBulks$),
        ...replications.flatMap((r) => [r.sent$, r.received$, r.active$]),
      ).subscribe(() => scheduleRecount()),
    );
    scheduleRecount();
  });
  if (channel !== null) {
    channel.onmessage = (event: MessageEvent<RelayMessage>) => {
      const message = event.data;
      if (leader && message.type === 'hello') channel.postMessage({ type: 'status', status: useSyncStatusStore.getState().status } satisfies RelayMessage);
      else if (!leader && !stopped && statusOwner === owner && message.type === 'status') {
        useSyncStatusStore.getState().replace({ ...message.status, role: 'follower', browserOnline: browserOnline() });
      }
    };
    const unsubscribe = useSyncStatusStore.subscribe((state) => {
      if (leader && !stopped) channel.postMessage({ type: 'status', status: state.status } satisfies RelayMessage);
    });
    cleanups.push(unsubscribe, () => channel.close());
    channel.postMessage({ type: 'hello' } satisfies RelayMessage);
  }

  return {
    influencers,
    activities,
    members,
    groups,
    settings,
    records,
    emailProjects,
    views,
    labels,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(recountTimer);
      for (const subscription of subscriptions) subscription.unsubscribe();
      for (const cleanup of cleanups) cleanup();
      await Promise.all(replications.map((r) => r.cancel()));
      update({ role: 'stopped', active: false });
    },
  };
}
