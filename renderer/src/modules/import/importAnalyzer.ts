import { checkImportRows, type CheckedImport } from '../../../../shared/csv/checkImportRows';
import type { ColumnMapping } from '../../../../shared/csv/importFields';
import { readCsvImport, readLinkListImport, type ImportTable } from '../../../../shared/csv/readImportSource';
import { suggestColumnMapping } from '../../../../shared/csv/suggestColumnMapping';
import type { ImportContext } from '../../../../shared/csv/validateImportRow';
import { buildDuplicateIndex, type DuplicateFields } from '../../../../shared/influencers/findDuplicates';

/** What the person imports: a CSV file's bytes, or pasted links for "bulk add". */
export type ImportSource = { kind: 'csv'; bytes: Uint8Array } | { kind: 'links'; text: string };

/** Rows the preview shows under the mapping. */
export const PREVIEW_ROWS = 5;
/** Rows the mapping suggestion reads values from. */
const SAMPLE_ROWS = 20;

/** The mapping step's input: the columns, the first rows and the suggested mapping. */
export interface ImportPreview {
  headers: string[];
  /** The first rows' values and lines. */
  sample: { line: number; fields: string[] }[];
  rowCount: number;
  suggested: ColumnMapping;
  warning: string | null;
  fromLinks: boolean;
}

export type ReadOutcome = { ok: true; preview: ImportPreview } | { ok: false; reason: string };

export interface CheckOptions {
  onProgress?: (done: number, total: number) => void;
  /** See checkImportRows: false refuses rows naming labels the team does not have. */
  createLabels?: boolean;
}

/** An existing influencer as duplicate detection reads it. */
export type ExistingInfluencer = DuplicateFields & { id: string };

/**
 * The CPU-heavy half of an import, kept apart from the database so it can run in a Web
 * Worker (importWorker.ts) for big files, or inline (tests, a missing Worker): decode and
 * parse the file once, then check its rows under a mapping as often as the mapping changes.
 */
export class ImportAnalyzer {
  private table: ImportTable | null = null;

  read(source: ImportSource): ReadOutcome {
    const read = source.kind === 'csv' ? readCsvImport(source.bytes) : readLinkListImport(source.text);
    if (!read.ok) {
      this.table = null;
      return read;
    }
    const table = read.table;
    this.table = table;
    const sample = table.records.slice(0, SAMPLE_ROWS);
    return {
      ok: true,
      preview: {
        headers: table.headers,
        sample: sample.map((r) => ({ line: r.line, fields: r.fields })),
        rowCount: table.records.length,
        suggested: table.fromLinks ? ['link'] : suggestColumnMapping(table.headers, sample.map((r) => r.fields)),
        warning: table.warning,
        fromLinks: table.fromLinks,
      },
    };
  }

  check(mapping: ColumnMapping, context: ImportContext, existing: readonly ExistingInfluencer[], options: CheckOptions = {}): CheckedImport {
    const table = this.table;
    if (table === null) throw new Error('Choose a file or paste links first.');
    const index = buildDuplicateIndex(existing);
    const total = table.records.length;
    return checkImportRows(table.records, mapping, context, index, { createLabels: options.createLabels, onProgress: (done) => options.onProgress?.(done, total) });
  }
}
