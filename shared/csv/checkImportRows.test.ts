import { describe, expect, it } from 'vitest';
import { buildDuplicateIndex } from '../influencers/findDuplicates';
import { planImport } from '../influencers/planImportWrites';
import { checkImportRows, type CheckedRow } from './checkImportRows';
import { parseCsv } from './parseCsv';
import { readCsvImport, readLinkListImport } from './readImportSource';
import type { ImportContext } from './validateImportRow';

const context: ImportContext = { statuses: [{ id: 'contacted', label: 'Contacted' }], labels: [{ id: 'l-vip', name: 'VIP' }], members: [] };
const existing = buildDuplicateIndex([
  { id: 'yt-kai', platform: 'youtube', platformId: '@kairivers', link: 'https://www.youtube.com/@kairivers', email: null },
  { id: 'ana', platform: null, platformId: null, link: 'https://analima.example', email: 'ana@lima.example' },
]);

function rowsOf(csv: string, options: { createLabels?: boolean } = {}): CheckedRow[] {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return checkImportRows(parsed.records.slice(1), ['name', 'email', 'link', 'labels'], context, existing, options).rows;
}

describe('checkImportRows', () => {
  it('finds duplicates of existing influencers by account, link or email, and repeats within the file', () => {
    const rows = rowsOf([
      'name,email,link,labels',
      'Kai,,https://youtube.com/@KaiRivers,',
      'Ana,ANA@lima.example,,',
      'Site,,https://www.analima.example/,',
      'Neo,neo@new.example,neo.example,',
      'Neo again,NEO@new.example,,',
      'Bad,bad@,,',
    ].join('\n'));
    expect(rows.map((r) => [r.line, r.status, r.status === 'duplicate' ? [r.matches.map((m) => [m.id, m.reasons.join()]), r.sameAsLine] : null])).toEqual([
      [2, 'duplicate', [[['yt-kai', 'account,link']], null]],
      [3, 'duplicate', [[['ana', 'email']], null]],
      [4, 'duplicate', [[['ana', 'link']], null]],
      [5, 'ready', null],
      [6, 'duplicate', [[], 5]],
      [7, 'rejected', null],
    ]);
  });

  it('refuses rows naming labels the team does not have when labels cannot be created, keeping the row', () => {
    const [row] = rowsOf('name,email,link,labels\nZed,,,"VIP, Brand new"', { createLabels: false });
    expect(row).toMatchObject({ status: 'rejected', fields: ['Zed', '', '', 'VIP, Brand new'], reasons: ['Label "Brand new" is not one of the team\'s labels. Add it first, or remove it from the row.'] });
    expect(rowsOf('name,email,link,labels\nZed,,,"VIP, Brand new"')[0]).toMatchObject({ status: 'ready', draft: { labelIds: ['l-vip'], newLabels: ['Brand new'] } });
  });
});

describe('planImport', () => {
  it('applies each duplicate’s choice; an update of a repeat folds into the earlier row', () => {
    const rows = rowsOf([
      'name,email,link,labels',
      'Kai,,https://youtube.com/@KaiRivers,VIP',
      'Ana,ana@lima.example,,',
      'Neo,neo@new.example,neo.example,',
      'Neo again,NEO@new.example,,VIP',
      'Bad,bad@,,',
    ].join('\n'));
    const choices: Record<number, 'skip' | 'update' | 'create'> = { 2: 'update', 3: 'skip', 5: 'update' };
    const plan = planImport(rows, (row) => choices[row.line] ?? 'skip');
    expect(plan.creates.map((c) => [c.line, c.draft.officialName, c.draft.labelIds])).toEqual([[4, 'Neo', ['l-vip']]]);
    expect(plan.updates.map((u) => [u.line, u.targetId])).toEqual([[2, 'yt-kai']]);
    expect(plan.skipped.map((s) => s.line)).toEqual([3]);
    expect(plan.rejected.map((r) => r.line)).toEqual([6]);
    expect(planImport(rows, () => 'create').creates.map((c) => c.line)).toEqual([2, 3, 4, 5]);
  });
});

describe('readImportSource', () => {
  it('reads a CSV with its header, naming blank headers, and refuses a file without data rows', () => {
    const read = readCsvImport(new TextEncoder().encode('Name,,Email\nAna,x,a@b.example\n'));
    expect(read).toMatchObject({ ok: true, table: { headers: ['Name', 'Column 2', 'Email'], records: [{ line: 2, fields: ['Ana', 'x', 'a@b.example'] }] } });
    expect(readCsvImport(new TextEncoder().encode('Name,Email'))).toEqual({ ok: false, reason: 'The file has a header row but no influencers below it.' });
  });

  it('turns pasted links into one-column rows with their lines, counting repeats', () => {
    const read = readLinkListImport('youtube.com/@a\n\n• instagram.com/b, youtube.com/@a');
    expect(read).toMatchObject({ ok: true, table: { headers: ['Link'], records: [{ line: 1, fields: ['youtube.com/@a'] }, { line: 3, fields: ['instagram.com/b'] }], repeatedLinks: 1, fromLinks: true } });
    expect(readLinkListImport(' \n ')).toEqual({ ok: false, reason: 'Paste at least one link: one per line, or separated by commas or spaces.' });
  });
});
