import type { Activity } from '../activity';
import type { CheckedRow } from '../csv/checkImportRows';
import type { RejectedRow } from '../csv/rejectedRowsCsv';
import type { InfluencerDraft } from '../csv/validateImportRow';
import { effectiveEmail, emailFields, platformEmailOf } from '../email/effectiveEmail';
import type { Influencer } from '../influencer';
import { addChannel } from '../links/editChannels';
import { channelsOf, linkKeys } from '../links/channelKeys';
import { canChangeInfluencerField } from '../permissions/canChangeInfluencerField';
import { guardedFieldOf } from '../permissions/guardedFields';
import type { PermissionContext } from '../permissions/permissionContext';
import type { NoteRecord } from '../records/crmRecord';
import { INITIAL_STATUS_ID } from '../statuses';
import { valuesEqual } from '../sync/mergeDocuments';

/** What happens to a row that duplicates an influencer: leave it, update that one, or add it anyway. */
export type DuplicateChoice = 'skip' | 'update' | 'create';
export const DUPLICATE_CHOICES: readonly DuplicateChoice[] = ['skip', 'update', 'create'];

export interface ImportPlan {
  /** New influencers, in file order (a later row chosen to update an earlier one is folded in). */
  creates: { line: number; draft: InfluencerDraft }[];
  /** Existing influencers to update, each with the row's values. */
  updates: { line: number; targetId: string; draft: InfluencerDraft }[];
  /** Duplicates the person chose to skip. */
  skipped: { line: number; fields: string[] }[];
  rejected: RejectedRow[];
}

/**
 * Applies the person's choices to the checked rows: ready rows are created, rejected rows
 * listed with their reasons, and each duplicate skipped, used to update the influencer it
 * matches (the strongest match; for a repeat within the file, the row it repeats), or
 * created anyway.
 */
export function planImport(rows: readonly CheckedRow[], choiceFor: (row: Extract<CheckedRow, { status: 'duplicate' }>) => DuplicateChoice): ImportPlan {
  const plan: ImportPlan = { creates: [], updates: [], skipped: [], rejected: [] };
  const createdByLine = new Map<number, { line: number; draft: InfluencerDraft }>();
  for (const row of rows) {
    if (row.status === 'rejected') {
      plan.rejected.push({ line: row.line, fields: row.fields, reasons: row.reasons });
      continue;
    }
    if (row.status === 'ready') {
      const create = { line: row.line, draft: row.draft };
      plan.creates.push(create);
      createdByLine.set(row.line, create);
      continue;
    }
    const choice = choiceFor(row);
    if (choice === 'skip') plan.skipped.push({ line: row.line, fields: row.fields });
    else if (choice === 'create') plan.creates.push({ line: row.line, draft: row.draft });
    else if (row.sameAsLine !== null) {
      const earlier = createdByLine.get(row.sameAsLine);
      if (earlier === undefined) plan.creates.push({ line: row.line, draft: row.draft });
      else earlier.draft = mergeDrafts(earlier.draft, row.draft);
    } else {
      const target = row.matches[0];
      if (target === undefined) plan.creates.push({ line: row.line, draft: row.draft });
      else plan.updates.push({ line: row.line, targetId: target.id, draft: row.draft });
    }
  }
  return plan;
}

/** A later row's values over an earlier one's (the file says the same person twice). */
function mergeDrafts(earlier: InfluencerDraft, later: InfluencerDraft): InfluencerDraft {
  const merged: InfluencerDraft = { ...earlier };
  for (const field of ['email', 'status', 'liaisonId', 'country', 'language', 'followers', 'qualityScore', 'notes'] as const) {
    if (later[field] !== null) Object.assign(merged, { [field]: later[field] });
  }
  merged.labelIds = [...new Set([...earlier.labelIds, ...later.labelIds])];
  merged.newLabels = [...new Set([...earlier.newLabels, ...later.newLabels])];
  return merged;
}

export interface ImportWriteContext {
  actorId: string;
  now: number;
  batchId: string;
  newId: () => string;
  /** The team's initial status; "Not collaborated" when absent. */
  initialStatusId?: string;
  permissions?: PermissionContext;
}

/**
 * A new influencer from an imported row: source "import"; the row's status or the team's
 * initial one; the row's liaison or, as for a manual add, the importer. The email goes to
 * `email` alone, read as typed by hand (see buildNewInfluencer).
 */
export function influencerFromDraft(draft: InfluencerDraft, id: string, labelIds: string[], ctx: ImportWriteContext): Influencer {
  const influencer: Influencer = {
    id,
    kind: draft.kind,
    platform: draft.platform,
    platformId: draft.platformId,
    officialName: draft.officialName,
    customName: null,
    link: draft.link,
    email: draft.email,
    status: draft.status ?? ctx.initialStatusId ?? INITIAL_STATUS_ID,
    labelIds,
    liaisonId: draft.liaisonId ?? ctx.actorId,
    archived: false,
    source: 'import',
    followers: draft.followers,
    country: draft.country,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    createdBy: ctx.actorId,
    updatedBy: ctx.actorId,
  };
  // Optional fields only when given: a document reads the same as one added by hand.
  if (draft.qualityScore !== null) influencer.qualityScore = draft.qualityScore;
  if (draft.language !== null) influencer.language = draft.language;
  return influencer;
}

/**
 * What "update the existing influencer" writes: the row's values where it has them and they
 * differ — email (as the manual email), status, liaison, country, language, followers,
 * quality score; labels added to the influencer's; the row's link as another channel when
 * the influencer does not have it. Names and a platform influencer's link stay. A guarded
 * field the actor may not change is left, and `kept` says why.
 */
export function importUpdate(existing: Influencer, draft: InfluencerDraft, labelIds: readonly string[], permissions?: PermissionContext): { changes: Partial<Influencer>; kept: string[] } {
  const changes: Partial<Influencer> = {};
  const kept: string[] = [];
  const set = <K extends keyof Influencer>(field: K, value: Influencer[K] | null): void => {
    if (value === null || valuesEqual(existing[field] ?? null, value)) return;
    const guard = guardedFieldOf(field);
    if (guard !== null && permissions !== undefined) {
      const permission = canChangeInfluencerField(permissions, existing, guard);
      if (!permission.allowed) {
        kept.push(permission.reason);
        return;
      }
      if (field === 'liaisonId' && permissions.membersById.get(String(value))?.active !== true) return;
    }
    Object.assign(changes, { [field]: value });
  };
  // The same address in other letter case is no change (a duplicate found by email usually is one).
  if (draft.email !== null && draft.email.toLowerCase() !== (effectiveEmail(existing) ?? '').toLowerCase()) {
    Object.assign(changes, emailFields(draft.email, platformEmailOf(existing)));
  }
  set('status', draft.status);
  set('liaisonId', draft.liaisonId);
  set('country', draft.country);
  set('language', draft.language);
  set('followers', draft.followers);
  set('qualityScore', draft.qualityScore);
  const labels = [...existing.labelIds];
  for (const id of labelIds) if (!labels.includes(id)) labels.push(id);
  if (labels.length !== existing.labelIds.length) changes.labelIds = labels;
  if (draft.link !== '' && !linkKeys(draft.link).some((k) => linkKeys(existing.link).includes(k))) {
    const added = addChannel(existing, draft.link);
    if (added.ok) changes.channels = added.channels;
  }
  return { changes, kept };
}

/** The log entries of an import's write: "imported" for a new influencer, one per changed field for an update. */
export function importActivities(influencerId: string, before: Influencer | null, changes: Partial<Influencer>, ctx: ImportWriteContext): Activity[] {
  const base = { influencerId, actorId: ctx.actorId, at: ctx.now, batchId: ctx.batchId };
  if (before === null) return [{ ...base, id: ctx.newId(), kind: 'imported', field: null, from: null, to: null }];
  return (Object.keys(changes) as (keyof Influencer)[])
    .filter((field) => field !== 'manualEmail' && field !== 'platformEmail')
    // A version 0 document's channels are absent: logged as the empty list they read as.
    .map((field) => ({ ...base, id: ctx.newId(), kind: 'field_changed', field, from: JSON.stringify(field === 'channels' ? channelsOf(before) : (before[field] ?? null)), to: JSON.stringify(changes[field] ?? null) }));
}

/** A row's notes become a note on the influencer's Overview, logged like one added by hand. */
export function importedNote(draft: InfluencerDraft, influencerId: string, ctx: ImportWriteContext): { record: NoteRecord; activity: Activity } | null {
  if (draft.notes === null) return null;
  const record: NoteRecord = { id: ctx.newId(), type: 'note', influencerId, projectId: '', note: draft.notes, createdAt: ctx.now, createdBy: ctx.actorId, updatedAt: ctx.now, updatedBy: ctx.actorId };
  const shown = draft.notes.length > 300 ? `${draft.notes.slice(0, 299)}…` : draft.notes;
  return {
    record,
    activity: { id: ctx.newId(), influencerId, actorId: ctx.actorId, at: ctx.now, kind: 'record_added', field: 'note', from: null, to: JSON.stringify({ id: record.id, note: shown }), batchId: ctx.batchId },
  };
}
