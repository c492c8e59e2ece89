// The details-page benchmark's seeding and store-level baseline (bench/details/run.mjs), run
// in the bench page on the app's origin so it writes the IndexedDB the app then opens.
import type { Activity, ActivityKind } from '../../shared/activity';
import type { Influencer } from '../../shared/influencer';
import { displayName } from '../../shared/names/displayName';
import { teamDatabaseName } from '../../renderer/src/app/crmRuntime';
import { bulkInsertInChunks } from '../../renderer/src/db/bulkInsertInChunks';
import { openCrmDatabase } from '../../renderer/src/db/database';

const DAY = 24 * 60 * 60 * 1000;
const MEMBERS = ['member-bench', 'member-b', 'member-c', 'member-d'];
const STATUSES = ['not_collaborated', 'prospects', 'shortlisted', 'contacted', 'negotiating', 'brief_sent'];

/** One plausible entry of a busy influencer's history: edits, records, bulk operations, refusals, conflicts. */
function historyEntry(influencerId: string, i: number, at: number, batchIds: readonly string[]): Activity {
  const base = { id: `bench-${influencerId}-${i}`, influencerId, actorId: MEMBERS[i % MEMBERS.length]!, at, batchId: null as string | null };
  const from = JSON.stringify(STATUSES[i % STATUSES.length]);
  const to = JSON.stringify(STATUSES[(i + 1) % STATUSES.length]);
  const kinds: ActivityKind[] = ['field_changed', 'field_changed', 'record_added', 'field_changed', 'change_rejected', 'conflict_overwritten', 'labels_changed', 'record_changed'];
  const kind = kinds[i % kinds.length]!;
  switch (kind) {
    case 'record_added':
      return { ...base, kind, field: 'note', from: null, to: JSON.stringify({ id: `note-${i}`, note: `Call notes ${i}: asked about the spring campaign and rates.` }) };
    case 'record_changed':
      return { ...base, kind, field: 'shipment', from: JSON.stringify({ id: `s-${i}`, shipmentStatus: 'shipped' }), to: JSON.stringify({ id: `s-${i}`, shipmentStatus: 'delivered' }) };
    case 'labels_changed':
      return { ...base, kind, field: 'labelIds', from: '[]', to: '["label-vip"]' };
    case 'conflict_overwritten':
      return { ...base, kind, field: 'email', from: '"old@example.com"', to: `"new${i}@example.com"` };
    default: {
      // Every tenth status change was part of a bulk operation.
      const batchId = i % 10 === 0 ? batchIds[i % batchIds.length]! : null;
      return { ...base, kind, field: 'status', from, to, batchId };
    }
  }
}

export const detailsBenchApi = {
  /** `n` active influencers spread over the store (every k-th by id). */
  async pickInfluencers(teamId: string, n: number): Promise<string[]> {
    const db = await openCrmDatabase(teamDatabaseName(teamId));
    const active = (await db.influencers.find({ selector: { archived: false } }).exec()).map((d) => d.id);
    await db.close();
    const step = Math.max(1, Math.floor(active.length / n));
    return Array.from({ length: n }, (_, i) => active[i * step]!);
  },

  async namesOf(teamId: string, ids: string[]): Promise<Record<string, string>> {
    const db = await openCrmDatabase(teamDatabaseName(teamId));
    const found = await db.influencers.findByIds(ids).exec();
    await db.close();
    return Object.fromEntries(ids.map((id) => [id, displayName(found.get(id)!.toJSON() as Influencer)]));
  },

  /**
   * Seeds the log: `perTarget` entries over the last year for each target, a "created" entry
   * for every other influencer, and `batches` bulk operations of `batchSize` influencers each
   * (whose entries the targets' bulk entries link to); `bare` influencers get none. Returns
   * the targets' display names.
   */
  async seedActivities(teamId: string, options: { targets: string[]; bare: string[]; perTarget: number; batches: number; batchSize: number; now: number }): Promise<{ names: Record<string, string>; entries: number; ms: number }> {
    const db = await openCrmDatabase(teamDatabaseName(teamId));
    const t0 = performance.now();
    const influencers = (await db.influencers.find().exec()).map((d) => d.toJSON() as Influencer);
    const targets = new Set(options.targets);
    const bare = new Set(options.bare);
    const names: Record<string, string> = {};
    const entries: Activity[] = [];
    const batchAt = Array.from({ length: options.batches }, (_, b) => options.now - (b + 1) * 7 * DAY);
    const batchIds = batchAt.map((_, b) => `bench-batch-${b}`);
    influencers.forEach((inf, n) => {
      if (bare.has(inf.id)) return;
      if (targets.has(inf.id)) names[inf.id] = displayName(inf);
      else entries.push({ id: `bench-created-${inf.id}`, influencerId: inf.id, actorId: 'member-bench', at: inf.createdAt, kind: 'created', field: null, from: null, to: null, batchId: null });
      const batch = Math.floor(n / options.batchSize);
      if (batch < options.batches) {
        entries.push({ id: `bench-bulk-${inf.id}`, influencerId: inf.id, actorId: 'member-bench', at: batchAt[batch]!, kind: 'field_changed', field: 'status', from: '"not_collaborated"', to: '"prospects"', batchId: batchIds[batch]! });
      }
    });
    for (const id of options.targets) {
      for (let i = 0; i < options.perTarget; i++) {
        const entry = historyEntry(id, i, options.now - Math.floor((i / options.perTarget) * 365 * DAY), batchIds);
        // A target's bulk entries carry their operation's time, as the app writes them.
        if (entry.batchId !== null) entry.at = batchAt[batchIds.indexOf(entry.batchId)]!;
        entries.push(entry);
      }
    }
    await bulkInsertInChunks(db.activities, entries);
    const ms = performance.now() - t0;
    await db.close();
    return { names, entries: entries.length, ms };
  },

  /** The store alone: the details page's query for each influencer's log, read to the end (ms each). */
  async readLogs(teamId: string, ids: string[]): Promise<number[]> {
    const db = await openCrmDatabase(teamDatabaseName(teamId));
    const times: number[] = [];
    for (const id of ids) {
      const t0 = performance.now();
      const docs = await db.activities.find({ selector: { influencerId: id }, sort: [{ at: 'desc' }, { id: 'desc' }] }).exec();
      docs.map((d) => d.toJSON());
      times.push(performance.now() - t0);
    }
    await db.close();
    return times;
  },
};
