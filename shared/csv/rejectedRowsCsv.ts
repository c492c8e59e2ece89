import { toCsv, type CsvColumn } from './toCsv';

/** A row the import refused: its values as read from the file, and why. */
export interface RejectedRow {
  /** The line of the file the row starts on. */
  line: number;
  fields: readonly string[];
  reasons: readonly string[];
}

/**
 * The import summary's download: the refused rows with the file's own columns (so they can
 * be fixed in a spreadsheet and imported again), preceded by the line they came from and
 * followed by the reasons. UTF-8 with BOM and formula-neutralised like every export; a value
 * this neutralises reads back unchanged on re-import (validateImportRow restores it).
 */
export function rejectedRowsCsv(headers: readonly string[], rows: readonly RejectedRow[]): string {
  let width = headers.length;
  for (const r of rows) width = Math.max(width, r.fields.length);
  const columns: CsvColumn<RejectedRow>[] = [
    { header: 'Line', value: (r) => r.line },
    ...Array.from({ length: width }, (_, i): CsvColumn<RejectedRow> => ({
      header: headers[i] ?? `Column ${i + 1}`,
      value: (r) => r.fields[i] ?? '',
    })),
    { header: 'Why it was not imported', value: (r) => r.reasons.join(' ') },
  ];
  return toCsv(rows, columns);
}
