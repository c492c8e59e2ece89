import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv';
import { rejectedRowsCsv } from './rejectedRowsCsv';
import { restoreNeutralisedFormula } from './neutraliseFormula';

describe('rejectedRowsCsv', () => {
  it('writes the line, the original columns and the reasons, safe to open in a spreadsheet', () => {
    const text = rejectedRowsCsv(['Name', 'Email'], [
      { line: 3, fields: ['=cmd|calc', 'ana@'], reasons: ['Email "ana@": Something must come after the @.', 'Second reason.'] },
      { line: 9, fields: ['Lima, Ana', 'x', 'extra'], reasons: ['Too many values.'] },
    ]);
    expect(text.startsWith('\ufeffLine,Name,Email,Column 3,Why it was not imported\r\n')).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records.map((r) => r.fields)).toEqual([
      ['Line', 'Name', 'Email', 'Column 3', 'Why it was not imported'],
      ['3', "'=cmd|calc", 'ana@', '', 'Email "ana@": Something must come after the @. Second reason.'],
      ['9', 'Lima, Ana', 'x', 'extra', 'Too many values.'],
    ]);
    // Re-imported, the neutralised value reads as it was.
    expect(restoreNeutralisedFormula(parsed.records[1]?.fields[1] ?? '')).toBe('=cmd|calc');
  });

  it('writes just the header when nothing was rejected', () => {
    expect(rejectedRowsCsv(['Name'], [])).toBe('\ufeffLine,Name,Why it was not imported\r\n');
  });
});
