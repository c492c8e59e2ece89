import type { RxDocument } from 'rxdb';
import type { Activity } from '../../../../shared/activity';
import type { Influencer } from '../../../../shared/influencer';
import { planMerge, type MergeChoices } from '../../../../shared/influencers/planMerge';
import { planMergeUndo } from '../../../../shared/influencers/planMergeUndo';
import { planRecordMoves } from '../../../../shared/influencers/planRecordMoves';
import type { CrmRecord } from '../../../../shared/records/crmRecord';
import type { CrmDatabase } from '../../db/database';
import type { ChangeContext } from '../influencers/commands/changeInfluencerField';

/** A command context whose database also has the records (a merge moves them). */
export type MergeCommandContext = Omit<ChangeContext, 'db'> & { db: Pick<CrmDatabase, 'influencers' | 'activities' | 'records'> };

/** A merge as "Undo" finds it again: its entries in the log (one batchId, none before startedAt). */
export interface MergeRef {
  batchId: string;
  startedAt: number;
  survivorId: string;
  mergedIds: string[];
}

export type MergeOutcome = { status: 'merged'; merge: MergeRef; recordsMoved: number } | { status: 'refused'; reason: string };
export type MergeUndoOutcome = { status: 'undone'; restored: number; kept: string[] } | { status: 'refused'; reason: string };

async function readInfluencers(ctx: MergeCommandContext, ids: readonly string[]): Promise<Map<string, RxDocument<Influencer>>> {
  return ctx.db.influencers.findByIds([...ids]).exec();
}

async function insertEntries(ctx: MergeCommandContext, entries: Activity[]): Promise<void> {
  const logged = await ctx.db.activities.bulkInsert(entries);
  if (logged.error.length > 0) throw new Error(`${logged.error.length} of ${entries.length} activity entries could not be written.`);
}

/**
 * Merges `otherIds` into `survivorId` (planMerge says what and checks the team's rules):
 * the survivor gets the chosen values, the labels and channels of all; the others' records
 * move to it; the others are archived pointing at it. Documents first, then the log, all
 * entries under one batch id. Nothing is written when the plan is refused.
 */
export async function mergeInfluencers(ctx: MergeCommandContext, survivorId: string, otherIds: readonly string[], choices: MergeChoices): Promise<MergeOutcome> {
  const now = ctx.now ?? Date.now;
  const newId = ctx.newId ?? (() => crypto.randomUUID());
  const found = await readInfluencers(ctx, [survivorId, ...otherIds]);
  const survivorDoc = found.get(survivorId);
  if (survivorDoc === undefined) return { status: 'refused', reason: 'The influencer to keep is no longer in the CRM.' };
  const others: Influencer[] = [];
  for (const id of otherIds) {
    const doc = found.get(id);
    if (doc === undefined) return { status: 'refused', reason: 'One of the influencers to merge is no longer in the CRM.' };
    others.push(doc.toJSON() as Influencer);
  }
  const startedAt = now();
  const batchId = newId();
  const planned = planMerge(survivorDoc.toJSON() as Influencer, others, choices, { actorId: ctx.actorId, now: startedAt, batchId, newId, permissions: ctx.permissions });
  if (!planned.ok) return { status: 'refused', reason: planned.reason };
  const { plan } = planned;

  const records = (await ctx.db.records.find({ selector: { influencerId: { $in: [...otherIds] } } }).exec()).map((d) => d.toJSON() as CrmRecord);
  const survivorRecords = await ctx.db.records.find({ selector: { influencerId: survivorId } }).exec();
  const moves = planRecordMoves(records, survivorId, new Set(survivorRecords.map((r) => r.id)), { actorId: ctx.actorId, now: startedAt, batchId, newId });

  const stamp = { updatedAt: startedAt, updatedBy: ctx.actorId };
  if (Object.keys(plan.survivorChanges).length > 0) await survivorDoc.incrementalModify((data) => ({ ...data, ...plan.survivorChanges, ...stamp }));
  await Promise.all(plan.merged.map(({ id, changes }) => found.get(id)?.incrementalModify((data) => ({ ...data, ...changes, ...stamp }))));
  await moveRecords(ctx, moves.moved);
  if (moves.added.length > 0) await ctx.db.records.bulkInsert(moves.added);
  await insertEntries(ctx, [...plan.activities, ...moves.activities]);
  return { status: 'merged', merge: { batchId, startedAt, survivorId, mergedIds: plan.mergedIds }, recordsMoved: moves.moved.length };
}

/** Writes records that changed only their owner (and stamps), each on the stored document. */
async function moveRecords(ctx: MergeCommandContext, moved: readonly CrmRecord[]): Promise<void> {
  if (moved.length === 0) return;
  const stored = await ctx.db.records.findByIds(moved.map((r) => r.id)).exec();
  await Promise.all(moved.map((record) => stored.get(record.id)?.incrementalModify((data) => ({ ...data, influencerId: record.influencerId, updatedAt: record.updatedAt, updatedBy: record.updatedBy }))));
}

/**
 * Takes a merge back from its log entries (planMergeUndo): the merged influencers restored
 * and unpointed, the survivor's values back where nobody changed them since, records back
 * where they came from. Logged as a batch of its own.
 */
export async function undoMerge(ctx: MergeCommandContext, merge: Pick<MergeRef, 'batchId' | 'startedAt'>): Promise<MergeUndoOutcome> {
  const now = ctx.now ?? Date.now;
  const newId = ctx.newId ?? (() => crypto.randomUUID());
  const entries = (await ctx.db.activities.find({ selector: { at: { $gte: merge.startedAt }, batchId: merge.batchId } }).exec()).map((d) => d.toJSON() as Activity);
  const ids = [...new Set(entries.map((e) => e.influencerId))];
  const found = await readInfluencers(ctx, ids);
  const current = new Map([...found].map(([id, doc]) => [id, doc.toJSON() as Influencer]));
  const movedIds = entries.filter((e) => e.kind === 'record_moved').map((e) => (JSON.parse(e.from ?? '{}') as { id?: string }).id ?? '').filter((id) => id !== '');
  const records = movedIds.length === 0 ? [] : [...(await ctx.db.records.findByIds(movedIds).exec()).values()].map((d) => d.toJSON() as CrmRecord);
  const at = now();
  const planned = planMergeUndo(entries, current, records, { actorId: ctx.actorId, now: at, batchId: newId(), newId, permissions: ctx.permissions });
  if (!planned.ok) return { status: 'refused', reason: planned.reason };
  const { plan } = planned;
  const stamp = { updatedAt: at, updatedBy: ctx.actorId };
  if (Object.keys(plan.survivorChanges).length > 0) await found.get(plan.survivorId)?.incrementalModify((data) => ({ ...data, ...plan.survivorChanges, ...stamp }));
  await Promise.all(plan.restored.map(({ id, changes }) => found.get(id)?.incrementalModify((data) => ({ ...data, ...changes, ...stamp }))));
  await moveRecords(ctx, plan.recordsBack);
  await insertEntries(ctx, plan.activities);
  return { status: 'undone', restored: plan.restored.length, kept: plan.kept };
}
