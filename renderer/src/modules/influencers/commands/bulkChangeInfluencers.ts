import type { Influencer } from '../../../../../shared/influencer';
import { planStatusChange } from '../../../../../shared/statuses/planStatusChange';
import { defaultStatusCatalog, type StatusCatalog } from '../../../../../shared/statuses/statusCatalog';
import { isLabelBulkChange, labelChangesFor, type LabelBulkChange } from '../../labels/commands/labelBulkChanges';
import type { ChangeContext, FieldChanges } from './changeInfluencerField';
import { previewBulkWrites, runBulkWrites, type BulkCounts, type BulkProgress, type BulkResult, type BulkSpec } from './runBulkWrites';

/** One bulk operation on a selection (reference 000, "CRM List Operations – Bulk Operations"). */
export type BulkChange =
  | { kind: 'archive'; archived: boolean }
  | { kind: 'status'; statusId: string }
  | { kind: 'liaison'; liaisonId: string | null }
  | LabelBulkChange;

export interface BulkOptions {
  catalog?: StatusCatalog;
  onProgress?: (progress: BulkProgress) => void;
  /** Influencers per step (default BULK_CHUNK); tests and the benchmark pick others. */
  chunkSize?: number;
}

export type BulkOutcome = { status: 'done'; result: BulkResult } | { status: 'invalid'; reason: string };
export type BulkPreviewOutcome = { status: 'preview'; counts: BulkCounts } | { status: 'invalid'; reason: string };

/** What `change` writes on one influencer; null when nothing changes. */
function changesFor(change: BulkChange, doc: Influencer, actorId: string, catalog: StatusCatalog): FieldChanges | null {
  if (isLabelBulkChange(change)) return labelChangesFor(change, doc);
  switch (change.kind) {
    case 'archive':
      return doc.archived === change.archived ? null : { archived: change.archived };
    case 'liaison':
      return doc.liaisonId === change.liaisonId ? null : { liaisonId: change.liaisonId };
    case 'status': {
      // The single edit's rule: starting a collaboration makes the actor the liaison of an
      // unassigned influencer.
      const plan = planStatusChange(doc, catalog, 'influencer', change.statusId, actorId);
      return plan.ok && plan.changed ? plan.fields : null;
    }
  }
}

/** Why the operation cannot run at all (the same checks as the single edits), or null. */
function invalidReason(ctx: ChangeContext, change: BulkChange, catalog: StatusCatalog): string | null {
  if (change.kind === 'liaison' && change.liaisonId !== null && ctx.permissions !== undefined) {
    const member = ctx.permissions.membersById.get(change.liaisonId);
    if (member === undefined) return 'The liaison must be a member of your team.';
    if (!member.active) return `${member.name} has been deactivated and cannot be a liaison.`;
  }
  if (change.kind === 'status') {
    const probe = planStatusChange({ status: '', contractStatus: null, paymentStatus: null, liaisonId: null }, catalog, 'influencer', change.statusId, ctx.actorId);
    if (!probe.ok) return probe.reason;
  }
  return null;
}

function specOf(ctx: ChangeContext, change: BulkChange, catalog: StatusCatalog): BulkSpec {
  // Labels are every member's to change: no guarded field to check.
  return { guard: isLabelBulkChange(change) ? null : change.kind, changesFor: (doc) => changesFor(change, doc, ctx.actorId, catalog) };
}

/** How many of the selection the operation would change, leave as they are, and refuse (and why). */
export async function previewBulkChange(ctx: ChangeContext, ids: readonly string[], change: BulkChange, options: BulkOptions = {}): Promise<BulkPreviewOutcome> {
  const catalog = options.catalog ?? defaultStatusCatalog();
  const invalid = invalidReason(ctx, change, catalog);
  if (invalid !== null) return { status: 'invalid', reason: invalid };
  return { status: 'preview', counts: await previewBulkWrites(ctx, ids, specOf(ctx, change, catalog)) };
}

/**
 * Applies one change to a selection of influencers where the team's rules allow it; the others
 * are counted with the reason and nothing is written for them. Every activity entry carries
 * the operation's one batchId, so the log shows one operation and "Undo" can take it back.
 */
export async function bulkChangeInfluencers(ctx: ChangeContext, ids: readonly string[], change: BulkChange, options: BulkOptions = {}): Promise<BulkOutcome> {
  const catalog = options.catalog ?? defaultStatusCatalog();
  const invalid = invalidReason(ctx, change, catalog);
  if (invalid !== null) return { status: 'invalid', reason: invalid };
  return { status: 'done', result: await runBulkWrites(ctx, ids, specOf(ctx, change, catalog), options.onProgress, options.chunkSize) };
}
