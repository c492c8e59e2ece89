import { neutraliseFormula } from './neutraliseFormula';
import type { CsvDelimiter } from './parseCsv';

export type CsvValue = string | number | boolean | null | undefined;

/** One column of an export: its header and how to read a row's cell. */
export interface CsvColumn<T> {
  header: string;
  value(row: T): CsvValue;
}

export interface ToCsvOptions {
  /**
   * Start with a UTF-8 byte order mark, so Excel reads accents and non-Latin names correctly
   * (without it Excel assumes the system's legacy code page). Default true.
   */
  bom?: boolean;
  /** Default ','. */
  delimiter?: CsvDelimiter;
  /** Default '\r\n', as RFC 4180 says. */
  lineEnding?: '\r\n' | '\n';
  /** Default true: see neutraliseFormula. Off only for files that never reach a spreadsheet. */
  neutraliseFormulas?: boolean;
  /** Rows per chunk for toCsvChunks; default 5,000. */
  rowsPerChunk?: number;
}

const BOM = '\ufeff';

/**
 * A CSV file (RFC 4180) of `rows` with `columns`: a header line, then one line per row.
 * Fields with the delimiter, a quote or a line break are quoted, quotes doubled; text cells
 * are formula-neutralised; numbers are written as plain digits (NaN and infinities as empty
 * cells), booleans as true/false, null and undefined as empty cells.
 */
export function toCsv<T>(rows: Iterable<T>, columns: readonly CsvColumn<T>[], options: ToCsvOptions = {}): string {
  let out = '';
  for (const chunk of toCsvChunks(rows, columns, options)) out += chunk;
  return out;
}

/**
 * The same file in pieces of `rowsPerChunk` rows, so a large export can yield to the UI
 * between pieces and hand the pieces to a Blob without building one huge string.
 */
export function* toCsvChunks<T>(rows: Iterable<T>, columns: readonly CsvColumn<T>[], options: ToCsvOptions = {}): Generator<string> {
  const delimiter = options.delimiter ?? ',';
  const eol = options.lineEnding ?? '\r\n';
  const neutralise = options.neutraliseFormulas ?? true;
  const perChunk = Math.max(1, options.rowsPerChunk ?? 5_000);
  const cell = (value: CsvValue): string => csvCell(value, delimiter, neutralise);

  let chunk = (options.bom ?? true ? BOM : '') + columns.map((c) => cell(c.header)).join(delimiter) + eol;
  let count = 0;
  for (const row of rows) {
    const cells: string[] = new Array<string>(columns.length);
    for (let i = 0; i < columns.length; i++) cells[i] = cell(columns[i]?.value(row));
    chunk += cells.join(delimiter) + eol;
    if (++count % perChunk === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** One field as written in the file. */
export function csvCell(value: CsvValue, delimiter: CsvDelimiter = ',', neutralise = true): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutralise ? neutraliseFormula(value) : value;
  return needsQuotes(text, delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

function needsQuotes(text: string, delimiter: CsvDelimiter): boolean {
  // A leading U+FEFF would read back as a byte order mark and vanish; quoted, it stays.
  return text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r') || text.startsWith('\ufeff');
}
