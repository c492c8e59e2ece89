import { decodeCsvBytes } from './decodeCsvBytes';
import { parseCsv, type CsvRecord } from './parseCsv';
import { parseLinkList } from './parseLinkList';

/** What an import reads before the mapping step: the file's columns and rows. */
export interface ImportTable {
  headers: string[];
  records: CsvRecord[];
  /** Said above the preview (an encoding guessed, links pasted twice); null: nothing to say. */
  warning: string | null;
  /** A pasted list of links: one "Link" column, mapped to the profile link. */
  fromLinks: boolean;
  /** Links pasted more than once (counted once), with their lines. */
  repeatedLinks: number;
}

export type ImportTableResult = { ok: true; table: ImportTable } | { ok: false; reason: string };

/**
 * A CSV file's bytes as the mapping step needs them: decoded (encodings and broken files say
 * what is wrong, see decodeCsvBytes), parsed, the first row as the header. A file without
 * rows, or with a header only, is refused with the reason.
 */
export function readCsvImport(bytes: Uint8Array): ImportTableResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return { ok: false, reason: parsed.error.message };
  const [header, ...records] = parsed.records;
  if (header === undefined) return { ok: false, reason: 'The file has no rows.' };
  if (records.length === 0) return { ok: false, reason: 'The file has a header row but no influencers below it.' };
  const headers = header.fields.map((h, i) => (h.trim() === '' ? `Column ${i + 1}` : h.trim()));
  return { ok: true, table: { headers, records, warning: decoded.warning, fromLinks: false, repeatedLinks: 0 } };
}

/**
 * Pasted links for "bulk add" as a one-column table: each link a row, with the line it was
 * pasted on (what the summary and the rejected rows name). Links pasted twice count once.
 */
export function readLinkListImport(text: string): ImportTableResult {
  const { links, repeated } = parseLinkList(text);
  if (links.length === 0) return { ok: false, reason: 'Paste at least one link: one per line, or separated by commas or spaces.' };
  const warning = repeated.length === 0 ? null : `${repeated.length.toLocaleString('en-US')} ${repeated.length === 1 ? 'link was' : 'links were'} pasted more than once and ${repeated.length === 1 ? 'is' : 'are'} imported once.`;
  return {
    ok: true,
    table: { headers: ['Link'], records: links.map((l) => ({ line: l.line, fields: [l.text] })), warning, fromLinks: true, repeatedLinks: repeated.length },
  };
}
