import { PLATFORM_LABELS, type Influencer } from '../influencer';
import { toCsvChunks, type CsvColumn, type CsvValue, type ToCsvOptions } from './toCsv';

/** What an export reads of one influencer: the list's row (display name, stored ids). */
export interface ExportableInfluencer {
  name: string;
  platform: Influencer['platform'];
  link: string;
  email: string | null;
  status: string;
  liaisonId: string | null;
  labelIds: readonly string[];
  followers: number | null;
  country: string | null;
  createdAt: number;
  updatedAt: number;
}

/** Ids to the names a person reads (the team's catalog, members and labels). */
export interface ExportLookups {
  statusLabel(id: string): string;
  memberName(id: string | null): string;
  labelName(id: string): string;
}

/** A column as the list shows it: the row field it is about and its header. */
export interface ExportColumnRef {
  field: string;
  header: string;
}

/** Several labels in one cell: a separator no label name is likely to hold. */
export const LABEL_SEPARATOR = '; ';

type Cell = (row: ExportableInfluencer, lookups: ExportLookups) => CsvValue;

/** ISO 8601 in UTC: unambiguous in every locale, and spreadsheets read it as a date. */
function isoDate(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}

// The cell of each list column, as a person reads it in the list (names, not ids).
const CELLS: Readonly<Record<string, Cell>> = {
  name: (row) => row.name,
  platform: (row) => (row.platform === null ? 'Self-created' : PLATFORM_LABELS[row.platform]),
  link: (row) => row.link,
  email: (row) => row.email,
  status: (row, l) => l.statusLabel(row.status),
  liaisonId: (row, l) => l.memberName(row.liaisonId),
  labels: (row, l) => row.labelIds.map((id) => l.labelName(id)).join(LABEL_SEPARATOR),
  followers: (row) => row.followers,
  country: (row) => row.country,
  createdAt: (row) => isoDate(row.createdAt),
  updatedAt: (row) => isoDate(row.updatedAt),
};

/**
 * A column added to the list later without a cell here still exports: its field read as is
 * (text, number, yes/no, or a list joined like labels). Objects are not cell values.
 */
function plainCell(field: string): Cell {
  return (row) => {
    const value: unknown = (row as unknown as Record<string, unknown>)[field];
    if (Array.isArray(value)) return value.filter((v) => typeof v === 'string' || typeof v === 'number').join(LABEL_SEPARATOR);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return null;
  };
}

/** The CSV columns for the list's visible columns, in their order and with their headers. */
export function influencerExportColumns<T extends ExportableInfluencer>(visible: readonly ExportColumnRef[], lookups: ExportLookups): CsvColumn<T>[] {
  return visible.map(({ field, header }) => {
    const cell = Object.hasOwn(CELLS, field) ? (CELLS[field] as Cell) : plainCell(field);
    return { header, value: (row: T) => cell(row, lookups) };
  });
}

/**
 * The export file in pieces (RFC 4180, UTF-8 BOM first, formula-neutralised text cells), so
 * the caller can yield to the UI between pieces on 100,000 rows.
 */
export function influencerCsvChunks<T extends ExportableInfluencer>(
  rows: Iterable<T>,
  visible: readonly ExportColumnRef[],
  lookups: ExportLookups,
  options: Pick<ToCsvOptions, 'rowsPerChunk'> = {},
): Generator<string> {
  return toCsvChunks(rows, influencerExportColumns<T>(visible, lookups), { bom: true, ...options });
}

/** "influencers-2026-12-05.csv" (the local date the export was made). */
export function influencerExportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `influencers-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
