// The import of a 50,000-row CSV through the shared import functions and the app's write
// path (RxDB bulkInsert in chunks), for bench/run.mjs. Until the import screen exposes its
// pipeline outside React, this chains the steps as shared/csv/importPipeline.test.ts does,
// plus duplicate detection against the CRM and the write, with a yield between chunks of
// rows as an import that keeps the app responsive would.
import type { Activity } from '../../shared/activity';
import { decodeCsvBytes } from '../../shared/csv/decodeCsvBytes';
import { isEmptyRecord, mapImportRecord } from '../../shared/csv/importFields';
import { parseCsv } from '../../shared/csv/parseCsv';
import { suggestColumnMapping } from '../../shared/csv/suggestColumnMapping';
import { toCsv } from '../../shared/csv/toCsv';
import { validateImportRow, type ImportContext, type InfluencerDraft } from '../../shared/csv/validateImportRow';
import { generateDemoInfluencers } from '../../shared/demo/generateDemoInfluencers';
import type { Influencer } from '../../shared/influencer';
import { buildDuplicateIndex, findDuplicates } from '../../shared/influencers/findDuplicates';
import { INITIAL_STATUS_ID } from '../../shared/statuses';
import { bulkInsertInChunks } from '../../renderer/src/db/bulkInsertInChunks';
import type { CrmDatabase } from '../../renderer/src/db/database';

const ROWS_PER_STEP = 2_000;

/**
 * A sheet of `rows` influencers as an agency would export it: mostly new people, every 20th
 * row someone already in the CRM (their link and email), every 100th row a bad link or email.
 */
export function importSheet(rows: number, existing: readonly Influencer[]): Uint8Array {
  const fresh = generateDemoInfluencers({ count: rows, seed: 20261205, now: Date.parse('2026-12-05T00:00:00Z'), actorId: 'sheet' });
  const lines = fresh.map((d, i) => {
    const known = i % 20 === 10 ? existing[i % existing.length] : undefined;
    const source = known ?? d;
    return {
      name: source.customName ?? source.officialName,
      email: i % 100 === 50 ? 'not-an-email@' : (source.email ?? ''),
      link: i % 100 === 75 ? 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' : source.link,
      followers: source.followers === null ? '' : String(source.followers),
      country: source.country ?? '',
      status: i % 3 === 0 ? 'Contacted' : '',
    };
  });
  const columns = (['name', 'email', 'link', 'followers', 'country', 'status'] as const).map((key) => ({
    header: key === 'link' ? 'Profile link' : key[0]!.toUpperCase() + key.slice(1),
    value: (row: (typeof lines)[number]) => row[key],
  }));
  return new TextEncoder().encode(toCsv(lines, columns));
}

export interface ImportFigures {
  rows: number;
  parseMs: number;
  duplicateIndexMs: number;
  duplicatesMs: number;
  writeMs: number;
  totalMs: number;
  longestStepMs: number;
  imported: number;
  duplicates: number;
  rejected: number;
}

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Decode, parse, map, validate, find duplicates (skip them), write influencers and their entries. */
export async function importCsv(db: CrmDatabase, bytes: Uint8Array, existing: readonly Influencer[], actorId: string): Promise<ImportFigures> {
  const context: ImportContext = { statuses: [{ id: 'contacted', label: 'Contacted' }], labels: [], members: [] };
  let longestStepMs = 0;
  const step = <T>(fn: () => T): T => {
    const t = performance.now();
    const value = fn();
    longestStepMs = Math.max(longestStepMs, performance.now() - t);
    return value;
  };
  const start = performance.now();

  const parsed = step(() => {
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) throw new Error(decoded.reason);
    const result = parseCsv(decoded.text);
    if (!result.ok) throw new Error(result.error.message);
    return result.records;
  });
  await yieldToUi();
  const [header, ...body] = parsed;
  if (header === undefined) throw new Error('The sheet has no rows.');
  const mapping = suggestColumnMapping(header.fields, body.slice(0, 20).map((r) => r.fields));
  const drafts: InfluencerDraft[] = [];
  let rejected = 0;
  for (let at = 0; at < body.length; at += ROWS_PER_STEP) {
    step(() => {
      for (const record of body.slice(at, at + ROWS_PER_STEP)) {
        if (isEmptyRecord(record.fields)) continue;
        const { row, problem } = mapImportRecord(record.fields, mapping);
        const result = validateImportRow(row, context);
        if (problem !== null || !result.ok) rejected++;
        else drafts.push(result.draft);
      }
    });
    await yieldToUi();
  }
  const parseMs = performance.now() - start;

  // In the app the list's projection already holds this index; here it is built once.
  let t = performance.now();
  const index = step(() => buildDuplicateIndex(existing));
  const duplicateIndexMs = performance.now() - t;
  await yieldToUi();
  t = performance.now();
  const now = Date.now();
  const influencers: Influencer[] = [];
  const entries: Activity[] = [];
  let duplicates = 0;
  for (let at = 0; at < drafts.length; at += ROWS_PER_STEP) {
    step(() => {
      for (const draft of drafts.slice(at, at + ROWS_PER_STEP)) {
        // The choice "skip" for every duplicate, of the CRM or of an earlier row of the sheet.
        if (findDuplicates(draft, index).length > 0) {
          duplicates++;
          continue;
        }
        const id = crypto.randomUUID();
        const doc: Influencer = {
          id, kind: draft.kind, platform: draft.platform, platformId: draft.platformId, link: draft.link, officialName: draft.officialName,
          customName: null, email: draft.email, status: draft.status ?? INITIAL_STATUS_ID, labelIds: draft.labelIds, liaisonId: draft.liaisonId ?? actorId,
          archived: false, source: 'import', followers: draft.followers, country: draft.country, createdAt: now, updatedAt: now, createdBy: actorId, updatedBy: actorId,
        };
        index.add(id, doc);
        influencers.push(doc);
        entries.push({ id: crypto.randomUUID(), influencerId: id, actorId, at: now, kind: 'imported', field: null, from: null, to: null, batchId: null });
      }
    });
    await yieldToUi();
  }
  const duplicatesMs = performance.now() - t;

  // Influencers first, then their entries: an entry never points at nothing.
  t = performance.now();
  await bulkInsertInChunks(db.influencers, influencers, () => void 0);
  await bulkInsertInChunks(db.activities, entries, () => void 0);
  const writeMs = performance.now() - t;
  return {
    rows: body.length, parseMs, duplicateIndexMs, duplicatesMs, writeMs, totalMs: performance.now() - start, longestStepMs,
    imported: influencers.length, duplicates, rejected,
  };
}
