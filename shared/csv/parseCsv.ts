/** Delimiters spreadsheet apps write: comma, semicolon (Excel in comma-decimal locales), tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** One row of the file: its fields and the line it starts on (1-based), for messages. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvError {
  line: number;
  message: string;
}

export interface CsvParseOptions {
  /** Default 'auto': detected from the start of the text (see detectDelimiter). */
  delimiter?: CsvDelimiter | 'auto';
}

export type CsvParseResult =
  | { ok: true; records: CsvRecord[]; delimiter: CsvDelimiter }
  /** `records` holds what was read before the problem, so a preview can show where it is. */
  | { ok: false; error: CsvError; records: CsvRecord[]; delimiter: CsvDelimiter };

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** How much of the start of a file delimiter detection reads. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 20;

/**
 * Parses CSV text as RFC 4180 describes it, leniently where real files differ: quoted fields
 * with "" for a quote and line breaks inside, CRLF, LF or CR line ends, a UTF-8 BOM at the
 * start, no line break after the last row. Blank lines are skipped. A quote in the middle of
 * an unquoted field, or text after a closing quote, is kept as text. A quoted field that never
 * closes is an error naming the line where it opened (rather than swallowing the rest of the
 * file silently). Linear time: one pass, slices instead of per-character concatenation.
 */
export function parseCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const parser = new CsvParser(options.delimiter === undefined || options.delimiter === 'auto' ? detectDelimiter(text) : options.delimiter);
  const records = parser.write(text);
  const end = parser.end();
  records.push(...end.records);
  return end.error === null
    ? { ok: true, records, delimiter: parser.delimiter }
    : { ok: false, error: end.error, records, delimiter: parser.delimiter };
}

/**
 * Picks the delimiter that splits the first rows into the same number of fields (more than
 * one), preferring more fields; a file with a single column reads as comma-separated.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: { delimiter: CsvDelimiter; consistent: number; width: number } = { delimiter: ',', consistent: 0, width: 1 };
  for (const delimiter of CSV_DELIMITERS) {
    const parser = new CsvParser(delimiter);
    const records = parser.write(sample).slice(0, SAMPLE_RECORDS);
    const width = records[0]?.fields.length ?? 0;
    if (width < 2) continue;
    const consistent = records.filter((r) => r.fields.length === width).length / records.length;
    if (consistent > best.consistent || (consistent === best.consistent && width > best.width)) best = { delimiter, consistent, width };
  }
  return best.delimiter;
}

/**
 * The incremental parser behind parseCsv: feed text in chunks (e.g. a large file read piece
 * by piece, or parsed between animation frames), get the records completed so far; a quote,
 * CR LF or field split across chunks is handled.
 */
export class CsvParser {
  readonly delimiter: CsvDelimiter;
  private readonly delimiterCode: number;
  private field = '';
  private fields: string[] = [];
  /** The current field began with a quote (so `""` is an empty value, not a blank line). */
  private quoted = false;
  private inQuotes = false;
  /** A quote ended the last chunk inside a quoted field: closing, or the first of `""`. */
  private pendingQuote = false;
  /** A CR ended the last chunk: an LF starting the next one belongs to it. */
  private pendingCR = false;
  /** The quoted text read so far ended with CR (see countLines). */
  private quotedCR = false;
  private started = false;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;

  constructor(delimiter: CsvDelimiter) {
    this.delimiter = delimiter;
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  write(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let i = 0;
    const n = chunk.length;
    if (!this.started && n > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (this.pendingCR && n > 0) {
      this.pendingCR = false;
      if (chunk.charCodeAt(0) === LF) i = Math.max(i, 1);
    }
    if (this.pendingQuote && n > 0) {
      this.pendingQuote = false;
      if (chunk.charCodeAt(i) === QUOTE) {
        this.field += '"';
        i++;
      } else {
        this.inQuotes = false;
        this.quotedCR = false;
      }
    }
    while (i < n) {
      if (this.inQuotes) {
        const q = chunk.indexOf('"', i);
        const end = q < 0 ? n : q;
        this.countLines(chunk, i, end);
        this.field += chunk.slice(i, end);
        if (q < 0) return out;
        if (q + 1 >= n) {
          this.pendingQuote = true;
          return out;
        }
        if (chunk.charCodeAt(q + 1) === QUOTE) {
          this.field += '"';
          i = q + 2;
        } else {
          this.inQuotes = false;
          this.quotedCR = false;
          i = q + 1;
        }
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === this.delimiterCode) {
        this.endField();
        i++;
      } else if (c === LF || c === CR) {
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
        i++;
        if (c === CR) {
          if (i >= n) this.pendingCR = true;
          else if (chunk.charCodeAt(i) === LF) i++;
        }
      } else if (c === QUOTE && this.field === '' && !this.quoted) {
        this.inQuotes = true;
        this.quoted = true;
        this.quoteLine = this.line;
        i++;
      } else {
        // A run of plain characters up to the next delimiter or line break, in one slice.
        let j = i + 1;
        while (j < n) {
          const d = chunk.charCodeAt(j);
          if (d === this.delimiterCode || d === LF || d === CR) break;
          j++;
        }
        this.field += chunk.slice(i, j);
        i = j;
      }
    }
    return out;
  }

  /** Finishes the text: the last record, or the error of a quote that never closed. */
  end(): { records: CsvRecord[]; error: CsvError | null } {
    if (this.pendingQuote) {
      this.pendingQuote = false;
      this.inQuotes = false;
    }
    if (this.inQuotes) {
      return {
        records: [],
        error: {
          line: this.quoteLine,
          message: `Line ${this.quoteLine}: a quoted value starts here and never ends. Check that row for a stray double quote (") or a value cut short.`,
        },
      };
    }
    const out: CsvRecord[] = [];
    this.endRecord(out);
    return { records: out, error: null };
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.quoted = false;
  }

  private endRecord(out: CsvRecord[]): void {
    const blank = this.fields.length === 0 && this.field === '' && !this.quoted;
    if (!blank) {
      this.endField();
      out.push({ line: this.recordLine, fields: this.fields });
    }
    this.fields = [];
    this.field = '';
    this.quoted = false;
  }

  /**
   * Line breaks inside a quoted value still advance the line count for later messages: LF,
   * and CR not followed by LF (a CR LF split between chunks counts once). One pass over the
   * quoted text only, so parsing stays linear.
   */
  private countLines(chunk: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = chunk.charCodeAt(k);
      if (c === LF) {
        if (!this.quotedCR || k !== from) this.line++;
      } else if (c === CR) {
        this.line++;
      }
      this.quotedCR = false;
      if (c === CR && k + 1 < to && chunk.charCodeAt(k + 1) === LF) k++;
    }
    // A CR at the end: if the next chunk starts with LF, that LF is part of this line break.
    this.quotedCR = to > from && chunk.charCodeAt(to - 1) === CR;
  }
}
