import type { RxCollection } from 'rxdb';
import type { Activity } from '../../../../shared/activity';
import type { CheckedImport, CheckedRow } from '../../../../shared/csv/checkImportRows';
import type { ColumnMapping } from '../../../../shared/csv/importFields';
import type { RejectedRow } from '../../../../shared/csv/rejectedRowsCsv';
import type { ImportContext, InfluencerDraft } from '../../../../shared/csv/validateImportRow';
import type { Influencer } from '../../../../shared/influencer';
import {
  importActivities, importedNote, importUpdate, influencerFromDraft, planImport, type DuplicateChoice, type ImportWriteContext,
} from '../../../../shared/influencers/planImportWrites';
import type { PermissionContext } from '../../../../shared/permissions/permissionContext';
import type { CrmRecord } from '../../../../shared/records/crmRecord';
import { foldSearchText } from '../../../../shared/search/foldSearchText';
import type { CrmDatabase } from '../../db/database';
import { countReasons } from '../influencers/commands/planBulkWrites';
import { createImportAnalysis, type ImportAnalysis } from './importAnalysis';
import type { ExistingInfluencer, ImportSource } from './importAnalyzer';

/** New influencers per write: RxDB's fastest bulkInsert size here (see db/bulkInsertInChunks). */
export const CREATE_CHUNK = 2_000;
/** Existing influencers updated per step (one findByIds, one incrementalModify each). */
export const UPDATE_CHUNK = 500;

/** Everything an import needs besides the file: the database, who imports, the team's data. */
export interface ImportDeps {
  db: Pick<CrmDatabase, 'influencers' | 'activities' | 'records'>;
  actorId: string;
  permissions?: PermissionContext;
  /** Status, label and member names a row may use. */
  context: ImportContext;
  /** The influencers already in the CRM (the list's projection holds them in memory). */
  existing: () => readonly ExistingInfluencer[];
  /** The team's initial status for rows without one. */
  initialStatusId?: string;
  /**
   * Creates labels named in the file that the team does not have and returns their ids by
   * folded name. Absent: rows naming such labels are refused with the reason.
   */
  createLabels?: (names: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  now?: () => number;
  newId?: () => string;
}

export type ImportPhase = 'reading' | 'checking' | 'writing';
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportSummary {
  /** The one batch id of the import's activity entries. */
  batchId: string;
  startedAt: number;
  added: number;
  updated: number;
  /** Duplicates chosen to be updated whose influencer already held the row's values. */
  unchanged: number;
  skipped: number;
  rejected: RejectedRow[];
  /** Rows without any value. */
  empty: number;
  /** Values an update left unchanged, with why (a permission), most frequent first. */
  kept: { reason: string; count: number }[];
}

/** A choice for every duplicate, or one per row. */
export type ImportChoices = DuplicateChoice | ((row: Extract<CheckedRow, { status: 'duplicate' }>) => DuplicateChoice);

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the file and checks its rows (in a Web Worker in the app): what the review step shows. */
export async function analyzeImport(
  deps: ImportDeps,
  analysis: ImportAnalysis,
  mapping: ColumnMapping,
  onProgress?: (progress: ImportProgress) => void,
): Promise<CheckedImport> {
  onProgress?.({ phase: 'checking', done: 0, total: 0 });
  return analysis.check(mapping, deps.context, deps.existing(), {
    createLabels: deps.createLabels !== undefined,
    onProgress: (done, total) => onProgress?.({ phase: 'checking', done, total }),
  });
}

/**
 * Writes a checked import: new influencers (liaison: the importer unless the row names one;
 * source "import") and the updates chosen for duplicates, in chunks with the thread handed
 * back to the window between them, each change with its activity entries under one batch
 * id. Influencers before their entries, so an entry never points at nothing. A chunk that
 * fails stops the import with the error; what was written before stays, logged.
 */
export async function writeImport(deps: ImportDeps, checked: CheckedImport, choices: ImportChoices, onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const startedAt = now();
  const plan = planImport(checked.rows, typeof choices === 'function' ? choices : () => choices);
  const summary: ImportSummary = {
    batchId: newId(), startedAt, added: 0, updated: 0, unchanged: 0, skipped: plan.skipped.length, rejected: plan.rejected, empty: checked.empty, kept: [],
  };
  const total = plan.creates.length + plan.updates.length;
  const report = (done: number) => onProgress?.({ phase: 'writing', done, total });
  report(0);

  const labelIds = await resolveLabels(deps, [...plan.creates, ...plan.updates].map((r) => r.draft));
  // Every entry of the import carries its start time: one operation is one key of the
  // activities' `at` index, as for bulk operations (the log finds a batch by it).
  const ctx = (): ImportWriteContext => ({
    actorId: deps.actorId, now: startedAt, batchId: summary.batchId, newId, initialStatusId: deps.initialStatusId, permissions: deps.permissions,
  });

  for (let start = 0; start < plan.creates.length; start += CREATE_CHUNK) {
    const wctx = ctx();
    const influencers: Influencer[] = [];
    const activities: Activity[] = [];
    const records: CrmRecord[] = [];
    for (const { draft } of plan.creates.slice(start, start + CREATE_CHUNK)) {
      const influencer = influencerFromDraft(draft, newId(), labelIds(draft), wctx);
      influencers.push(influencer);
      activities.push(...importActivities(influencer.id, null, {}, wctx));
      const note = importedNote(draft, influencer.id, wctx);
      if (note !== null) {
        records.push(note.record);
        activities.push(note.activity);
      }
    }
    await insertAll(deps.db.influencers, influencers);
    if (records.length > 0) await insertAll(deps.db.records, records);
    await insertAll(deps.db.activities, activities);
    summary.added += influencers.length;
    report(summary.added);
    await yieldToUi();
  }

  const kept: { reason: string }[] = [];
  for (let start = 0; start < plan.updates.length; start += UPDATE_CHUNK) {
    const wctx = ctx();
    const chunk = plan.updates.slice(start, start + UPDATE_CHUNK);
    const found = await deps.db.influencers.findByIds([...new Set(chunk.map((u) => u.targetId))]).exec();
    const activities: Activity[] = [];
    const records: CrmRecord[] = [];
    const byTarget = new Map<string, typeof chunk>();
    for (const update of chunk) byTarget.set(update.targetId, [...(byTarget.get(update.targetId) ?? []), update]);
    // Influencers in parallel (RxDB's write queue batches them); two rows of the file that
    // update the same influencer one after the other.
    await Promise.all([...byTarget].map(async ([targetId, updates]) => {
      const doc = found.get(targetId);
      for (const update of updates) {
        if (doc === undefined) {
          summary.rejected.push({ line: update.line, fields: checked.rows.find((r) => r.line === update.line)?.fields ?? [], reasons: ['The influencer this row duplicates is no longer in the CRM.'] });
          continue;
        }
        const labels = labelIds(update.draft);
        const planned = importUpdate(doc.getLatest().toJSON() as Influencer, update.draft, labels, deps.permissions);
        for (const reason of planned.kept) kept.push({ reason });
        let before: Influencer | null = null;
        let changes: Partial<Influencer> = {};
        if (Object.keys(planned.changes).length > 0) {
          // Computed again inside the write, on the document as stored at that moment.
          await doc.getLatest().incrementalModify((data) => {
            before = data;
            changes = importUpdate(data, update.draft, labels, deps.permissions).changes;
            return Object.keys(changes).length === 0 ? data : { ...data, ...changes, updatedAt: wctx.now, updatedBy: deps.actorId };
          });
        }
        if (before !== null && Object.keys(changes).length > 0) {
          activities.push(...importActivities(targetId, before, changes, wctx));
          summary.updated++;
        } else {
          summary.unchanged++;
        }
        const note = importedNote(update.draft, targetId, wctx);
        if (note !== null) {
          records.push(note.record);
          activities.push(note.activity);
        }
      }
    }));
    if (records.length > 0) await insertAll(deps.db.records, records);
    if (activities.length > 0) await insertAll(deps.db.activities, activities);
    report(summary.added + start + chunk.length);
    await yieldToUi();
  }
  summary.kept = countReasons(kept);
  return summary;
}

async function insertAll<T>(collection: RxCollection<T>, docs: T[]): Promise<void> {
  const result = await collection.bulkInsert(docs);
  if (result.error.length > 0) {
    const first = result.error[0];
    throw new Error(`${result.error.length} of ${docs.length} ${collection.name} could not be written${first === undefined ? '' : ` (first: ${first.documentId}, status ${first.status})`}.`);
  }
}

/** The label ids for each draft: its known labels plus those the import created. */
async function resolveLabels(deps: ImportDeps, drafts: readonly InfluencerDraft[]): Promise<(draft: InfluencerDraft) => string[]> {
  const names = new Map<string, string>();
  for (const draft of drafts) for (const name of draft.newLabels) names.set(foldSearchText(name), name);
  const created = names.size > 0 && deps.createLabels !== undefined ? await deps.createLabels([...names.values()]) : new Map<string, string>();
  return (draft) => {
    if (draft.newLabels.length === 0) return draft.labelIds;
    const ids = [...draft.labelIds];
    for (const name of draft.newLabels) {
      const id = created.get(foldSearchText(name));
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
    return ids;
  };
}

export interface RunImportOptions {
  /** The column mapping; default: the suggested one. */
  mapping?: ColumnMapping;
  /** What to do with duplicates; default "skip". */
  choices?: ImportChoices;
  onProgress?: (progress: ImportProgress) => void;
  /** Parse and check in this thread instead of a Web Worker. */
  inline?: boolean;
}

export type RunImportResult = { ok: true; summary: ImportSummary; checked: CheckedImport } | { ok: false; reason: string };

/**
 * The whole import without the screens — read, check, write — for scripts and benchmarks:
 * `runImport(await importDepsFor(runtime), { kind: 'csv', bytes }, { choices: 'skip' })`.
 */
export async function runImport(deps: ImportDeps, source: ImportSource, options: RunImportOptions = {}): Promise<RunImportResult> {
  const analysis = createImportAnalysis({ inline: options.inline });
  try {
    options.onProgress?.({ phase: 'reading', done: 0, total: 0 });
    const read = await analysis.read(source);
    if (!read.ok) return read;
    const checked = await analyzeImport(deps, analysis, options.mapping ?? read.preview.suggested, options.onProgress);
    const summary = await writeImport(deps, checked, options.choices ?? 'skip', options.onProgress);
    return { ok: true, summary, checked };
  } finally {
    analysis.close();
  }
}
