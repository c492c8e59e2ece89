import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv';
import { influencerCsvChunks, influencerExportColumns, influencerExportFileName, type ExportableInfluencer, type ExportColumnRef } from './influencerExportColumns';

const lookups = {
  statusLabel: (id: string) => ({ contacted: 'Contacted', 'not-collaborated': 'Not collaborated' })[id] ?? id,
  memberName: (id: string | null) => (id === null ? '' : id === 'm1' ? 'Ada Admin' : 'Unknown member'),
  labelName: (id: string) => ({ 'l-vip': 'VIP', 'l-food': 'Food' })[id] ?? id,
};

function row(overrides: Partial<ExportableInfluencer> = {}): ExportableInfluencer {
  return {
    name: 'Ana Lima',
    platform: 'youtube',
    link: 'https://www.youtube.com/@ana',
    email: 'ana@example.com',
    status: 'contacted',
    liaisonId: 'm1',
    labelIds: ['l-vip', 'l-food'],
    followers: 12_500,
    country: 'BR',
    createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
    updatedAt: Date.UTC(2026, 11, 5, 1, 0, 0),
    ...overrides,
  };
}

const ALL: ExportColumnRef[] = [
  { field: 'name', header: 'Name' },
  { field: 'platform', header: 'Platform' },
  { field: 'link', header: 'Link' },
  { field: 'email', header: 'Email' },
  { field: 'status', header: 'Collaboration status' },
  { field: 'liaisonId', header: 'Liaison' },
  { field: 'labels', header: 'Labels' },
  { field: 'followers', header: 'Followers' },
  { field: 'country', header: 'Country' },
  { field: 'updatedAt', header: 'Updated' },
];

function csvOf(rows: ExportableInfluencer[], columns = ALL, rowsPerChunk?: number): string {
  return [...influencerCsvChunks(rows, columns, lookups, { rowsPerChunk })].join('');
}

/** The file read back as a spreadsheet would: BOM stripped, fields unquoted. */
function readBack(text: string): string[][] {
  const parsed = parseCsv(text, { delimiter: ',' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.records.map((r) => r.fields);
}

describe('influencer export', () => {
  it('writes the visible columns in their order with names, not ids, after a UTF-8 BOM', () => {
    const text = csvOf([row(), row({ name: 'Bo', platform: null, email: null, liaisonId: null, labelIds: [], followers: null, country: null })]);
    expect(text.startsWith('\ufeffName,Platform,Link,Email,Collaboration status,Liaison,Labels,Followers,Country,Updated\r\n')).toBe(true);
    expect(readBack(text).slice(1)).toEqual([
      ['Ana Lima', 'YouTube', 'https://www.youtube.com/@ana', 'ana@example.com', 'Contacted', 'Ada Admin', 'VIP; Food', '12500', 'BR', '2026-12-05T01:00:00.000Z'],
      ['Bo', 'Self-created', 'https://www.youtube.com/@ana', '', 'Contacted', '', '', '', '', '2026-12-05T01:00:00.000Z'],
    ]);
  });

  it('follows the order and headers it is given, leaving hidden columns out', () => {
    const text = csvOf([row()], [{ field: 'email', header: 'E-mail' }, { field: 'name', header: 'Name' }]);
    expect(readBack(text)).toEqual([['E-mail', 'Name'], ['ana@example.com', 'Ana Lima']]);
  });

  it('neutralises hostile cells so a spreadsheet shows them as text', () => {
    const hostile = row({ name: '=HYPERLINK("http://evil.example","click")', email: '+1-800@x.example', country: '@SUM(A1)', link: '-2+3' });
    const [, cells] = readBack(csvOf([hostile], [
      { field: 'name', header: 'Name' }, { field: 'email', header: 'Email' }, { field: 'country', header: 'Country' }, { field: 'link', header: 'Link' },
    ]));
    expect(cells).toEqual(["'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1-800@x.example", "'@SUM(A1)", "'-2+3"]);
    // A header is a cell too.
    expect(readBack(csvOf([], [{ field: 'name', header: '=cmd' }]))[0]).toEqual(["'=cmd"]);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and keeps unicode as is', () => {
    const text = csvOf([row({ name: 'Lima, "Ana"\nJosé 🎬 李', country: 'Ω' })], [{ field: 'name', header: 'Name' }, { field: 'country', header: 'Country' }]);
    expect(text).toBe('\ufeffName,Country\r\n"Lima, ""Ana""\nJosé 🎬 李",Ω\r\n');
    expect(readBack(text)[1]).toEqual(['Lima, "Ana"\nJosé 🎬 李', 'Ω']);
  });

  it('exports a column it has no cell for from the row field, and nothing for objects', () => {
    const extra = { ...row(), qualityScore: 87, language: 'pt-br', channels: [{ type: 'x' }] };
    const columns = influencerExportColumns<typeof extra>([{ field: 'qualityScore', header: 'Quality' }, { field: 'language', header: 'Language' }, { field: 'channels', header: 'Channels' }], lookups);
    expect(columns.map((c) => c.value(extra))).toEqual([87, 'pt-br', '']);
  });

  it('gives the same file in chunks as in one piece, one chunk per rowsPerChunk rows', () => {
    const rows = Array.from({ length: 25 }, (_, i) => row({ name: `Person ${i}` }));
    const chunks = [...influencerCsvChunks(rows, ALL, lookups, { rowsPerChunk: 10 })];
    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe(csvOf(rows));
    expect(readBack(chunks.join(''))).toHaveLength(26);
  });

  it('names the file after the local date', () => {
    expect(influencerExportFileName(new Date(2026, 11, 5, 23, 59))).toBe('influencers-2026-12-05.csv');
  });
});
