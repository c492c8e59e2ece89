import { describe, expect, it } from 'vitest';
import { toListRow } from './listRow';
import { decodeSnapshotRows, encodeSnapshotRows } from './projectionSnapshot';

const source = {
  id: 'i1',
  kind: 'platform' as const,
  officialName: 'José Álvarez',
  customName: 'Pepe',
  platform: 'youtube' as const,
  platformId: 'UCabcdefghijklmnopqrstuv',
  link: 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
  email: 'jose@example.com',
  status: 'contacted',
  liaisonId: 'member-1',
  labelIds: ['l1', 'l2'],
  followers: 12_345,
  country: 'ES',
  archived: false,
  createdAt: 1,
  updatedAt: 2,
};

describe('list snapshot encoding', () => {
  it('round-trips rows, derived keys included', () => {
    const rows = [toListRow(source, 42), toListRow({ ...source, id: 'i2', customName: null, email: null, followers: null }, 43)];
    expect(decodeSnapshotRows(encodeSnapshotRows(rows))).toEqual(rows);
  });

  it('stores rows as tuples, without field names or derived keys', () => {
    const json = encodeSnapshotRows([toListRow(source, 42)]);
    expect(json).not.toContain('officialName');
    expect(json).not.toContain('pepe\n'); // the folded search text is recomputed, not stored
    expect(JSON.parse(json)).toHaveLength(1);
  });
});
