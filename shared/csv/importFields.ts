/** The influencer fields an imported column can fill. */
export const IMPORT_FIELDS = [
  'name', 'link', 'email', 'platform', 'platformId', 'status', 'labels', 'liaison',
  'country', 'language', 'followers', 'qualityScore', 'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  link: 'Profile link',
  email: 'Email',
  platform: 'Platform',
  platformId: 'Channel ID',
  status: 'Status',
  labels: 'Labels',
  liaison: 'Liaison',
  country: 'Country',
  language: 'Language',
  followers: 'Followers',
  qualityScore: 'Quality score',
  notes: 'Notes',
};

/** For each column of the file, the field it fills, or null: not imported. */
export type ColumnMapping = (ImportField | null)[];

/** One row's values by field, as typed in the file (trimmed); absent: no column or empty. */
export type MappedRow = Partial<Record<ImportField, string>>;

/**
 * A record's values by field under `mapping`. A value in a column past the header's (an
 * unquoted comma inside a value shifts the rest of the row) is a problem to show for the
 * row, not something to drop silently.
 */
export function mapImportRecord(fields: readonly string[], mapping: ColumnMapping): { row: MappedRow; problem: string | null } {
  const row: MappedRow = {};
  for (let i = 0; i < mapping.length; i++) {
    const field = mapping[i];
    const value = fields[i]?.trim() ?? '';
    if (field === null || field === undefined || value === '') continue;
    row[field] = value;
  }
  const extra = fields.slice(mapping.length).filter((v) => v.trim() !== '').length;
  const problem = extra === 0
    ? null
    : `This row has ${fields.length} values but the file has ${mapping.length} columns: a value probably contains an unquoted comma or semicolon.`;
  return { row, problem };
}

/** True when the row has no value at all (a spacer row in a spreadsheet): skipped, and counted. */
export function isEmptyRecord(fields: readonly string[]): boolean {
  return fields.every((v) => v.trim() === '');
}
