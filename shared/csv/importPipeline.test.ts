import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decodeCsvBytes';
import { isEmptyRecord, mapImportRecord } from './importFields';
import { parseCsv } from './parseCsv';
import { rejectedRowsCsv, type RejectedRow } from './rejectedRowsCsv';
import { suggestColumnMapping } from './suggestColumnMapping';
import { validateImportRow, type ImportContext, type InfluencerDraft } from './validateImportRow';

const context: ImportContext = { statuses: [{ id: 'contacted', label: 'Contacted' }], labels: [{ id: 'l-vip', name: 'VIP' }], members: [] };

/** The import steps as the import screen chains them: bytes → text → rows → mapping → drafts. */
function importBytes(bytes: Uint8Array) {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { error: decoded.reason };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return { error: parsed.error.message };
  const [header, ...body] = parsed.records;
  if (header === undefined) return { error: 'The file has no rows.' };
  const mapping = suggestColumnMapping(header.fields, body.slice(0, 20).map((r) => r.fields));
  const drafts: InfluencerDraft[] = [];
  const rejected: RejectedRow[] = [];
  let empty = 0;
  for (const record of body) {
    if (isEmptyRecord(record.fields)) {
      empty++;
      continue;
    }
    const { row, problem } = mapImportRecord(record.fields, mapping);
    const result = validateImportRow(row, context);
    const reasons = [...(problem === null ? [] : [problem]), ...(result.ok ? [] : result.reasons)];
    if (reasons.length > 0 || !result.ok) rejected.push({ line: record.line, fields: record.fields, reasons });
    else drafts.push(result.draft);
  }
  return { warning: decoded.warning, mapping, drafts, rejected, empty, rejectedCsv: rejectedRowsCsv(header.fields, rejected) };
}

describe('import pipeline', () => {
  it('imports good rows and rejects bad ones with reasons and lines, never dropping a row', () => {
    const text = [
      'Name;E-Mail;Profile link;Followers;Tags',
      'Veritasium;team@veritasium.com;youtube.com/@veritasium;"15,6M";VIP',
      'Ana Lima;ana@analima.com.br;analima.com.br;12.345;',
      ';;;;',
      'Rick;;https://youtu.be/dQw4w9WgXcQ;;',
      '=HYPERLINK("http://evil");bad@;;;',
    ].join('\r\n');
    const result = importBytes(new TextEncoder().encode(text));
    if ('error' in result) throw new Error(result.error);
    expect(result.mapping).toEqual(['name', 'email', 'link', 'followers', 'labels']);
    expect(result.drafts.map((d) => [d.officialName, d.followers, d.labelIds])).toEqual([
      ['Veritasium', 15_600_000, ['l-vip']],
      ['Ana Lima', 12_345, []],
    ]);
    expect(result.empty).toBe(1);
    expect(result.rejected.map((r) => r.line)).toEqual([5, 6]);
    expect(result.rejected[0]?.reasons[0]).toContain('YouTube video link');
    expect(result.rejectedCsv).toContain("'=HYPERLINK");
  });

  it('reads a Windows-1252 file and says to check the accents', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Name,Country\nJos'), 0xe9, ...new TextEncoder().encode(',Espa'), 0xf1, 0x61, 0x0a]);
    const result = importBytes(bytes);
    if ('error' in result) throw new Error(result.error);
    expect(result.warning).toContain('Windows-1252');
    expect(result.drafts[0]).toMatchObject({ officialName: 'José', country: 'ES' });
  });

  it('stops with a clear message on broken files', () => {
    expect(importBytes(new Uint8Array(0))).toEqual({ error: 'The file has no rows.' });
    expect(importBytes(new TextEncoder().encode('Name,Email\n"Ana,ana@x.com\nBen,b@x.com\n'))).toEqual({
      error: 'Line 2: a quoted value starts here and never ends. Check that row for a stray double quote (") or a value cut short.',
    });
    expect(importBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toMatchObject({ error: expect.stringContaining('Excel') });
  });

  it('imports 60,000 rows', () => {
    const lines = ['name,email,link,followers'];
    for (let i = 0; i < 60_000; i++) lines.push(`Creator ${i},c${i}@mail.com,${i % 2 === 0 ? `youtube.com/@creator${i}` : `creator${i}.com`},${i}`);
    const result = importBytes(new TextEncoder().encode(lines.join('\n')));
    if ('error' in result) throw new Error(result.error);
    expect(result.drafts).toHaveLength(60_000);
    expect(result.rejected).toHaveLength(0);
    expect(result.drafts[59_999]).toMatchObject({ kind: 'custom', link: 'https://creator59999.com', followers: 59_999 });
  });
});
