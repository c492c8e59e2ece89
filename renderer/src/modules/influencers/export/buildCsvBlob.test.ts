import { describe, expect, it } from 'vitest';
import { toCsvChunks } from '../../../../../shared/csv/toCsv';
import { buildCsvBlob, type BuildProgress } from './buildCsvBlob';

describe('buildCsvBlob', () => {
  it('writes the pieces as UTF-8 with a BOM, reporting progress that only grows and ends at the total', async () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => ({ name: i === 7 ? '=1+1' : `Zoë ${i}` }));
    const progress: BuildProgress[] = [];
    const blob = await buildCsvBlob(toCsvChunks(rows, [{ header: 'Name', value: (r) => r.name }], { rowsPerChunk: 1_000 }), 1_000, rows.length, (p) => progress.push(p));
    expect(progress.at(-1)).toEqual({ done: 2_500, total: 2_500 });
    for (let i = 1; i < progress.length; i++) expect(progress[i]?.done).toBeGreaterThanOrEqual(progress[i - 1]?.done ?? 0);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Name');
    expect(lines[1]).toBe('Zoë 0');
    expect(lines[8]).toBe("'=1+1");
    expect(lines).toHaveLength(2_502); // header, rows, and the empty string after the last CRLF
  });
});
