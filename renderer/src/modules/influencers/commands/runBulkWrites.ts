import type { Activity } from '../../../../../shared/activity';
import type { Influencer } from '../../../../../shared/influencer';
import type { GuardedField } from '../../../../../shared/permissions/guardedFields';
import type { ChangeContext, EditableField } from './changeInfluencerField';
import { countReasons, planBulkWrites, type BulkPlan, type ChangesFor, type PlannedWrite } from './planBulkWrites';

/**
 * Influencers read, planned and written per step. Each step is one `findByIds`, one
 * `bulkUpsert` and one activities `bulkInsert`; between steps the UI gets the thread back.
 */
export const BULK_CHUNK = 1_000;

export interface BulkProgress {
  done: number;
  total: number;
}

export interface BulkCounts {
  changed: number;
  unchanged: number;
  /** Selected ids that are no longer in the CRM. */
  notFound: number;
  refused: number;
  /** Refusal reasons with how many influencers each covers, most frequent first. */
  reasons: { reason: string; count: number }[];
}

/**
 * A bulk operation as "Undo" finds it again, even after a restart: its entries in the log
 * (one batchId, none written before startedAt) hold each value before and after.
 */
export interface BulkOperationRef {
  batchId: string;
  startedAt: number;
  guard: GuardedField;
}

export interface BulkResult extends BulkCounts, BulkOperationRef {}

/** What a bulk operation does per influencer, and which guarded field it is about. */
export interface BulkSpec {
  guard: GuardedField;
  changesFor: ChangesFor;
}

async function readChunk(ctx: ChangeContext, ids: readonly string[]): Promise<Influencer[]> {
  const found = await ctx.db.influencers.findByIds([...ids]).exec();
  const docs: Influencer[] = [];
  for (const id of ids) {
    const doc = found.get(id);
    if (doc !== undefined) docs.push(doc.toJSON() as Influencer);
  }
  return docs;
}

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads and plans without writing: the counts the preview dialog shows. */
export async function previewBulkWrites(ctx: ChangeContext, ids: readonly string[], spec: BulkSpec): Promise<BulkCounts> {
  const totals = emptyCounts();
  const refused: { reason: string }[] = [];
  for (let start = 0; start < ids.length; start += BULK_CHUNK) {
    const chunk = ids.slice(start, start + BULK_CHUNK);
    const docs = await readChunk(ctx, chunk);
    const plan = planBulkWrites(ctx.permissions, docs, spec.guard, spec.changesFor);
    addPlan(totals, plan, chunk.length - docs.length);
    refused.push(...plan.refused);
  }
  totals.reasons = countReasons(refused);
  return totals;
}

/**
 * Reads, plans and writes chunk by chunk. Each chunk is read right before it is written, so a
 * replicated change that arrived meanwhile is not written back over; `from` in the log is the
 * value the write replaced. Influencers first, then their entries: an entry never points at
 * nothing. A chunk that fails stops the operation; the chunks before it stay written (and can
 * be undone from what the error leaves in the log).
 */
export async function runBulkWrites(ctx: ChangeContext, ids: readonly string[], spec: BulkSpec, onProgress?: (progress: BulkProgress) => void): Promise<BulkResult> {
  const now = ctx.now ?? Date.now;
  const newId = ctx.newId ?? (() => crypto.randomUUID());
  const startedAt = now();
  const result: BulkResult = { ...emptyCounts(), batchId: newId(), startedAt, guard: spec.guard };
  const refused: { reason: string }[] = [];
  for (let start = 0; start < ids.length; start += BULK_CHUNK) {
    const chunk = ids.slice(start, start + BULK_CHUNK);
    const docs = await readChunk(ctx, chunk);
    const plan = planBulkWrites(ctx.permissions, docs, spec.guard, spec.changesFor);
    addPlan(result, plan, chunk.length - docs.length);
    refused.push(...plan.refused);
    // Never before startedAt, even if the clock steps back: undo looks for entries from then on.
    if (plan.writes.length > 0) await writeChunk(ctx, plan.writes, Math.max(startedAt, now()), result.batchId, newId);
    onProgress?.({ done: Math.min(start + BULK_CHUNK, ids.length), total: ids.length });
    if (start + BULK_CHUNK < ids.length) await yieldToUi();
  }
  result.reasons = countReasons(refused);
  return result;
}

async function writeChunk(ctx: ChangeContext, writes: readonly PlannedWrite[], at: number, batchId: string, newId: () => string): Promise<void> {
  const docs = writes.map(({ doc, changes }): Influencer => ({ ...doc, ...changes, updatedAt: at, updatedBy: ctx.actorId }));
  const written = await ctx.db.influencers.bulkUpsert(docs);
  if (written.error.length > 0) throw new Error(`${written.error.length} of ${docs.length} influencers could not be written.`);
  const entries: Activity[] = [];
  for (const { doc, changes } of writes) {
    for (const field of Object.keys(changes) as EditableField[]) {
      entries.push({
        id: newId(),
        influencerId: doc.id,
        actorId: ctx.actorId,
        at,
        // Archiving has its own entry kinds, as in a single edit.
        kind: field !== 'archived' ? 'field_changed' : changes.archived === true ? 'archived' : 'restored',
        field,
        from: JSON.stringify(doc[field] ?? null),
        to: JSON.stringify(changes[field] ?? null),
        batchId,
      });
    }
  }
  const logged = await ctx.db.activities.bulkInsert(entries);
  if (logged.error.length > 0) throw new Error(`${logged.error.length} of ${entries.length} activity entries could not be written.`);
}

function emptyCounts(): BulkCounts {
  return { changed: 0, unchanged: 0, notFound: 0, refused: 0, reasons: [] };
}

function addPlan(counts: BulkCounts, plan: BulkPlan, notFound: number): void {
  counts.changed += plan.writes.length;
  counts.unchanged += plan.unchanged;
  counts.refused += plan.refused.length;
  counts.notFound += notFound;
}
