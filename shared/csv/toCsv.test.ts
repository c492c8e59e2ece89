import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreNeutralisedFormula } from './neutraliseFormula';
import { parseCsv } from './parseCsv';
import { csvCell, toCsv, toCsvChunks, type CsvColumn } from './toCsv';

interface Person {
  name: string;
  followers: number | null;
  verified: boolean;
  note?: string;
}

const columns: CsvColumn<Person>[] = [
  { header: 'Name', value: (p) => p.name },
  { header: 'Followers', value: (p) => p.followers },
  { header: 'Verified', value: (p) => p.verified },
  { header: 'Note', value: (p) => p.note },
];

describe('toCsv', () => {
  it('writes a header and RFC 4180 rows with CRLF, starting with a UTF-8 BOM', () => {
    const text = toCsv([{ name: 'Ana', followers: 1200, verified: true }], columns);
    expect(text).toBe('\ufeffName,Followers,Verified,Note\r\nAna,1200,true,\r\n');
  });

  it('quotes delimiters, quotes and line breaks, and doubles quotes', () => {
    const people: Person[] = [{ name: 'Lima, Ana', followers: null, verified: false, note: 'said "hi"\nthen left' }];
    expect(toCsv(people, columns, { bom: false })).toBe('Name,Followers,Verified,Note\r\n"Lima, Ana",,false,"said ""hi""\nthen left"\r\n');
    expect(toCsv(people, columns, { bom: false, delimiter: ';', lineEnding: '\n' })).toBe('Name;Followers;Verified;Note\nLima, Ana;;false;"said ""hi""\nthen left"\n');
  });

  it('writes 0 rows as the header alone, and odd numbers as empty cells', () => {
    expect(toCsv([], columns, { bom: false })).toBe('Name,Followers,Verified,Note\r\n');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(undefined)).toBe('');
  });

  it('neutralises hostile cells and reads back as the same text after the apostrophe', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","click")',
      '+cmd|\' /C calc\'!A0',
      '-2+3+cmd|\' /C calc\'!A0',
      '@SUM(1+1)*cmd|\' /C calc\'!A0',
      '\t=1+1',
      '\r=1+1',
      '  =1+1',
    ];
    const text = toCsv(hostile.map((name) => ({ name, followers: null, verified: false })), columns, { bom: false });
    const result = parseCsv(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const names = result.records.slice(1).map((r) => r.fields[0] ?? '');
    expect(names).toEqual(hostile.map((h) => `'${h}`));
    expect(names.map(restoreNeutralisedFormula)).toEqual(hostile);
  });

  it('gives the same text in chunks as in one piece', () => {
    const people = Array.from({ length: 12_345 }, (_, i): Person => ({ name: `P${i}`, followers: i, verified: i % 2 === 0 }));
    const chunks = [...toCsvChunks(people, columns, { rowsPerChunk: 1_000 })];
    expect(chunks).toHaveLength(13);
    expect(chunks.join('')).toBe(toCsv(people, columns));
  });

  it('exports 60,000 rows that read back row for row', () => {
    const people = Array.from({ length: 60_000 }, (_, i): Person => ({ name: i % 3 === 0 ? `Lima, "A" ${i}` : `=x${i}`, followers: i, verified: false }));
    const result = parseCsv(toCsv(people, columns));
    expect(result.ok && result.records.length).toBe(60_001);
    if (!result.ok) return;
    expect(result.records[60_000]?.fields).toEqual(['=x59999'.replace(/^/, "'"), '59999', 'false', '']);
    expect(result.records[1]?.fields[0]).toBe('Lima, "A" 0');
  });
});

describe('neutraliseFormula', () => {
  it('leaves plain numbers and ordinary text alone', () => {
    for (const value of ['-12', '+3.5', '-0.25', '1e5', '-1E-3', 'Ana', 'a=b', 'ana@x.com', '', '12-3']) {
      expect(neutraliseFormula(value), value).toBe(value);
    }
  });

  it('prefixes every value a spreadsheet could run', () => {
    for (const value of ['=1+1', '+1+1', '-1+1', '@x', '\tx', '\rx', ' =x', '- item', '-', '+', '=']) {
      expect(neutraliseFormula(value), value).toBe(`'${value}`);
    }
  });

  it('escapes a value that already looks neutralised, so restoring is exact', () => {
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(restoreNeutralisedFormula("''=x")).toBe("'=x");
    expect(restoreNeutralisedFormula("'=x")).toBe('=x');
    expect(restoreNeutralisedFormula("it's")).toBe("it's");
  });

  it('never lets a formula start through, and restoring undoes it exactly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.tuple(fc.constantFrom("'", "''", ' ', '-', '='), fc.string()).map(([a, b]) => a + b)), (value) => {
        const safe = neutraliseFormula(value);
        const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(value);
        if (!plainNumber) expect(safe).not.toMatch(/^\s*[=+\-@]|^[\t\r]/);
        expect(restoreNeutralisedFormula(safe)).toBe(value);
      }),
      { numRuns: 2_000 },
    );
  });
});
