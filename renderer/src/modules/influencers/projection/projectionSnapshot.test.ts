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
  source: 'import' as const,
  archived: false,
  createdAt: 1,
  updatedAt: 2,
};

describe('list snapshot encoding', () => {
  it('round-trips rows, derived keys included', () => {
    const rows = [
      toListRow(source, 42),
      toListRow({ ...source, id: 'i2', customName: null, email: null, followers: null }, 43),
      toListRow({ ...source, id: 'i3', contractStatus: 'contract_sent', paymentStatus: 'paid_fully', qualityScore: 72, language: 'pt-br' }, 44),
      toListRow({ ...source, id: 'i4', channels: [{ type: 'instagram', url: 'https://www.instagram.com/pepe.cocina/' }] }, 45),
    ];
    const decoded = decodeSnapshotRows(encodeSnapshotRows(rows));
    expect(decoded).toEqual(rows);
    expect(decoded[2]).toMatchObject({ contractStatus: 'contract_sent', paymentStatus: 'paid_fully', qualityScore: 72, language: 'pt-br', source: 'import' });
    // A version 0 document has none of the version 1 fields: they read as null.
    expect(decoded[0]).toMatchObject({ contractStatus: null, paymentStatus: null, qualityScore: null, language: null, channels: null });
    // The channels survive, and with them their place in the search text.
    expect(decoded[3]!.channels).toEqual([{ type: 'instagram', url: 'https://www.instagram.com/pepe.cocina/' }]);
    expect(decoded[3]!.search).toContain('pepe.cocina');
  });

  it('stores rows as tuples, without field names or derived keys', () => {
    const json = encodeSnapshotRows([toListRow(source, 42)]);
    expect(json).not.toContain('officialName');
    expect(json).not.toContain('pepe\n'); // the folded search text is recomputed, not stored
    expect(JSON.parse(json)).toHaveLength(1);
  });
});
