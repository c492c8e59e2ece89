import { DuplicateIndex, findDuplicates, type DuplicateMatch } from '../influencers/findDuplicates';
import { isEmptyRecord, mapImportRecord, type ColumnMapping } from './importFields';
import type { CsvRecord } from './parseCsv';
import { validateImportRow, type ImportContext, type InfluencerDraft } from './validateImportRow';

/** One row of the file after validation and duplicate detection. */
export type CheckedRow =
  | { status: 'ready'; line: number; fields: string[]; draft: InfluencerDraft; warnings: string[] }
  | { status: 'rejected'; line: number; fields: string[]; reasons: string[] }
  /**
   * The same person as an existing influencer (`matches`, strongest first) or as an earlier
   * row of this file (`sameAsLine`): the person chooses skip, update or create anyway.
   */
  | { status: 'duplicate'; line: number; fields: string[]; draft: InfluencerDraft; warnings: string[]; matches: DuplicateMatch[]; sameAsLine: number | null };

export interface CheckedImport {
  rows: CheckedRow[];
  /** Rows without any value (spacer rows), skipped and counted. */
  empty: number;
}

/** The duplicate keys of a draft (as findDuplicates reads an influencer). */
export function draftKeys(draft: InfluencerDraft): { platform: InfluencerDraft['platform']; platformId: string | null; link: string; email: string | null } {
  return { platform: draft.platform, platformId: draft.platformId, link: draft.link, email: draft.email };
}

const FILE_ROW = 'line:';

/**
 * Validates every row under `mapping` (validateImportRow: every reason named, nothing dropped)
 * and finds duplicates: of existing influencers (`existing`, by account, link or email) and of
 * earlier rows of the same file. Linear in the rows; runs in the import worker for big files.
 * `onProgress` is told every `progressEvery` rows.
 */
export function checkImportRows(
  records: readonly CsvRecord[],
  mapping: ColumnMapping,
  context: ImportContext,
  existing: DuplicateIndex,
  options: {
    onProgress?: (done: number) => void;
    progressEvery?: number;
    /**
     * Whether the import may create labels the team does not have yet (default true). When
     * it cannot, a row naming one is refused with the reason rather than imported without it.
     */
    createLabels?: boolean;
  } = {},
): CheckedImport {
  const every = options.progressEvery ?? 5_000;
  const fileRows = new DuplicateIndex();
  const rows: CheckedRow[] = [];
  let empty = 0;
  records.forEach((record, i) => {
    if (i > 0 && i % every === 0) options.onProgress?.(i);
    if (isEmptyRecord(record.fields)) {
      empty++;
      return;
    }
    const { row, problem } = mapImportRecord(record.fields, mapping);
    const result = validateImportRow(row, context);
    const reasons = [...(problem === null ? [] : [problem]), ...(result.ok ? [] : result.reasons)];
    if (result.ok && options.createLabels === false) {
      for (const name of result.draft.newLabels) reasons.push(`Label "${name}" is not one of the team's labels. Add it first, or remove it from the row.`);
    }
    if (!result.ok || reasons.length > 0) {
      rows.push({ status: 'rejected', line: record.line, fields: record.fields, reasons });
      return;
    }
    const keys = draftKeys(result.draft);
    const matches = findDuplicates(keys, existing);
    if (matches.length > 0) {
      rows.push({ status: 'duplicate', line: record.line, fields: record.fields, draft: result.draft, warnings: result.warnings, matches, sameAsLine: null });
      return;
    }
    const earlier = findDuplicates(keys, fileRows)[0];
    if (earlier !== undefined) {
      rows.push({ status: 'duplicate', line: record.line, fields: record.fields, draft: result.draft, warnings: result.warnings, matches: [], sameAsLine: Number(earlier.id.slice(FILE_ROW.length)) });
      return;
    }
    fileRows.add(`${FILE_ROW}${record.line}`, keys);
    rows.push({ status: 'ready', line: record.line, fields: record.fields, draft: result.draft, warnings: result.warnings });
  });
  options.onProgress?.(records.length);
  return { rows, empty };
}
