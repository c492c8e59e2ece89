import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, detectDelimiter, parseCsv, type CsvRecord } from './parseCsv';
import { toCsv } from './toCsv';

function rows(text: string): string[][] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.records.map((r) => r.fields);
}

describe('parseCsv', () => {
  it('reads plain, quoted and escaped fields', () => {
    expect(rows('name,email\nAna,ana@x.com\n')).toEqual([['name', 'email'], ['Ana', 'ana@x.com']]);
    expect(rows('"Lima, Ana","She said ""hi"""\n')).toEqual([['Lima, Ana', 'She said "hi"']]);
    expect(rows('a,,c\n,,\n')).toEqual([['a', '', 'c'], ['', '', '']]);
  });

  it('keeps line breaks inside quotes and reads CRLF, LF and CR line ends', () => {
    expect(rows('"line 1\nline 2",x\r\ny,z')).toEqual([['line 1\nline 2', 'x'], ['y', 'z']]);
    expect(rows('a\r\nb\rc\nd')).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(rows('"a\r\nb"')).toEqual([['a\r\nb']]);
  });

  it('strips a byte order mark and skips blank lines, but keeps an empty quoted value', () => {
    expect(rows('\ufeffname\n\n\r\nAna\n\n')).toEqual([['name'], ['Ana']]);
    expect(rows('""\n')).toEqual([['']]);
    expect(rows('')).toEqual([]);
    expect(rows('\ufeff')).toEqual([]);
    expect(rows('\n\n\r\n')).toEqual([]);
  });

  it('numbers records by the line they start on, counting breaks inside quotes', () => {
    const result = parseCsv('h1,h2\n"multi\nline\r\nvalue",x\n\ny,z\n');
    expect(result.ok && result.records.map((r) => r.line)).toEqual([1, 2, 6]);
  });

  it('keeps stray quotes in unquoted fields and text after a closing quote', () => {
    expect(rows('5" screen,O"Brien\n')).toEqual([['5" screen', 'O"Brien']]);
    expect(rows('"abc"def,x\n')).toEqual([['abcdef', 'x']]);
    expect(rows(' "a",b\n')).toEqual([[' "a"', 'b']]);
  });

  it('reports a quote that never closes with its line, and keeps the rows before it', () => {
    const result = parseCsv('name,email\nAna,ana@x.com\n"Ben,ben@x.com\nCai,cai@x.com\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(3);
    expect(result.error.message).toBe('Line 3: a quoted value starts here and never ends. Check that row for a stray double quote (") or a value cut short.');
    expect(result.records.map((r) => r.fields[0])).toEqual(['name', 'Ana']);
  });

  it('ends in time on pathological input (no backtracking, no hang)', () => {
    const quotes = '"'.repeat(200_001);
    const result = parseCsv(quotes);
    expect(result.ok).toBe(false);
    expect(parseCsv(',\n'.repeat(100_000)).ok).toBe(true);
    expect(rows(`"${'x'.repeat(1_000_000)}"`)[0]?.[0]).toHaveLength(1_000_000);
  });

  it('reads 60,000 rows', () => {
    const lines = ['name,email,followers'];
    for (let i = 0; i < 60_000; i++) lines.push(i % 7 === 0 ? `"Lima, Ana ${i}","a${i}@x.com",${i}` : `Ana ${i},a${i}@x.com,${i}`);
    const result = parseCsv(lines.join('\r\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records).toHaveLength(60_001);
    expect(result.records[60_000]).toEqual({ line: 60_001, fields: ['Ana 59999', 'a59999@x.com', '59999'] });
    expect(result.records[8]?.fields[0]).toBe('Lima, Ana 7');
  });
});

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab files', () => {
    expect(detectDelimiter('name,email\nAna,a@x.com\n')).toBe(',');
    // Excel in comma-decimal locales: semicolons between fields, commas inside numbers.
    expect(detectDelimiter('name;followers;score\nAna;1,5;2,75\nBen;3;4,1\n')).toBe(';');
    expect(detectDelimiter('name\temail\nAna\ta@x.com\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n"d;e",f\n')).toBe(',');
  });

  it('reads a single column as comma-separated', () => {
    expect(detectDelimiter('link\nyoutube.com/@a\n')).toBe(',');
    expect(parseCsv('', { delimiter: 'auto' }).ok).toBe(true);
  });

  it('uses a delimiter given explicitly', () => {
    const result = parseCsv('a;b,c\n', { delimiter: ';' });
    expect(result.ok && result.records[0]?.fields).toEqual(['a', 'b,c']);
  });
});

describe('CsvParser in chunks', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('', '"', '""', ',', ';', '\n', '\r\n', '\r', 'a"b', ' x ', '\ufeff'),
  );
  const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });

  it('reads what toCsv wrote, for any cell text', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(',' as const, ';' as const, '\t' as const), (data, delimiter) => {
        const width = Math.max(...data.map((r) => r.length));
        const padded = data.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
        const columns = padded[0]?.map((header, i) => ({ header, value: (row: string[]) => row[i] ?? '' })) ?? [];
        const text = toCsv(padded.slice(1), columns, { delimiter, neutraliseFormulas: false, bom: false });
        const result = parseCsv(text, { delimiter });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // A row that is one empty cell is a blank line: the parser skips it.
        const expected = padded.filter((r) => !(r.length === 1 && r[0] === ''));
        expect(result.records.map((r) => r.fields)).toEqual(expected);
      }),
    );
  });

  it('gives the same records however the text is split into chunks', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ',', '"', '""', '\n', '\r', '\r\n', ' '), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (input, cuts) => {
        const whole = parseCsv(input, { delimiter: ',' });
        const parser = new CsvParser(',');
        const records: CsvRecord[] = [];
        let at = 0;
        for (const cut of [...cuts.map((c) => c % (input.length + 1))].sort((a, b) => a - b)) {
          records.push(...parser.write(input.slice(at, cut)));
          at = cut;
        }
        records.push(...parser.write(input.slice(at)));
        const end = parser.end();
        records.push(...end.records);
        expect(end.error === null).toBe(whole.ok);
        if (whole.ok) expect(records).toEqual(whole.records);
        else expect(end.error?.line).toBe(whole.error.line);
      }),
      { numRuns: 500 },
    );
  });
});
