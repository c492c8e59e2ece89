import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decodeCsvBytes';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean, bom: boolean): Uint8Array => {
  const bytes: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    bytes.push(...(littleEndian ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return Uint8Array.from(bytes);
};

// Windows-1252 as the WHATWG Encoding Standard defines it (Node's TextDecoder without full ICU
// reads the label as ISO-8859-1, so it cannot serve as the oracle here).
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const cp1252 = (bytes: Uint8Array): string =>
  [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b))).join('');

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeCsvBytes(utf8('name\nJosé 王 😀\n'))).toEqual({ ok: true, text: 'name\nJosé 王 😀\n', encoding: 'utf-8', warning: null });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Zoë')]);
    expect(decodeCsvBytes(withBom)).toEqual({ ok: true, text: 'Zoë', encoding: 'utf-8', warning: null });
  });

  it('reads UTF-16 LE and BE with a byte order mark, and without one by its zero bytes', () => {
    expect(decodeCsvBytes(utf16('name,José\n', true, true))).toMatchObject({ ok: true, text: 'name,José\n', encoding: 'utf-16le', warning: null });
    expect(decodeCsvBytes(utf16('name,José\n', false, true))).toMatchObject({ ok: true, text: 'name,José\n', encoding: 'utf-16be', warning: null });
    const noBom = decodeCsvBytes(utf16('name,email\nAna,a@x.com\n', true, false));
    expect(noBom).toMatchObject({ ok: true, text: 'name,email\nAna,a@x.com\n', encoding: 'utf-16le' });
    expect(noBom.ok && noBom.warning).toContain('UTF-16');
    expect(decodeCsvBytes(utf16('name,email\n', false, false))).toMatchObject({ ok: true, encoding: 'utf-16be', text: 'name,email\n' });
  });

  it('falls back to Windows-1252 for text that is not UTF-8, with a warning', () => {
    // "José;Müller;€5;“quoted”" as Excel on Windows saves it.
    const bytes = Uint8Array.from([0x4a, 0x6f, 0x73, 0xe9, 0x3b, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x80, 0x35, 0x3b, 0x93, 0x71, 0x94]);
    const result = decodeCsvBytes(bytes);
    expect(result).toMatchObject({ ok: true, text: 'José;Müller;€5;“q”', encoding: 'windows-1252' });
    expect(result.ok && result.warning).toContain('Windows-1252');
  });

  it('refuses spreadsheets, PDFs, UTF-32 and other binary files with what to do', () => {
    const xlsx = decodeCsvBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(xlsx).toEqual({ ok: false, reason: expect.stringContaining('Excel workbook (.xlsx)') });
    expect(!xlsx.ok && xlsx.reason).toContain('CSV UTF-8');
    expect(decodeCsvBytes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toMatchObject({ ok: false, reason: expect.stringContaining('.xls') });
    expect(decodeCsvBytes(utf8('%PDF-1.7\n'))).toMatchObject({ ok: false, reason: expect.stringContaining('PDF') });
    expect(decodeCsvBytes(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toMatchObject({ ok: false, reason: expect.stringContaining('UTF-32') });
    expect(decodeCsvBytes(Uint8Array.from([0x41, 0x42, 0x00, 0x43, 0x44, 0x45, 0x46, 0x47]))).toMatchObject({ ok: false, reason: expect.stringContaining('binary') });
  });

  it('reads an empty file as no text', () => {
    expect(decodeCsvBytes(new Uint8Array(0))).toEqual({ ok: true, text: '', encoding: 'utf-8', warning: null });
  });

  it('replaces broken sequences after a UTF-8 byte order mark, and says so', () => {
    const result = decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28, 0x42]));
    expect(result).toMatchObject({ ok: true, text: 'A\ufffd(B', encoding: 'utf-8' });
    expect(result.ok && result.warning).toContain('�');
  });

  it('decodes any text like TextDecoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => !s.includes('\u0000')), (text) => {
        const bytes = utf8(text);
        fc.pre(!(bytes[0] === 0x50 && bytes[1] === 0x4b) && !(bytes[0] === 0x25 && bytes[1] === 0x50));
        const result = decodeCsvBytes(bytes);
        expect(result).toMatchObject({ ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) });
      }),
      { numRuns: 1_000 },
    );
  });

  it('agrees with TextDecoder on which bytes are valid UTF-8, and matches Windows-1252 otherwise', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => b.map((x) => (x === 0 ? 0x20 : x))), (bytes) => {
        fc.pre(!(bytes[0] === 0xef && bytes[1] === 0xbb) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff));
        fc.pre(!(bytes[0] === 0x50 && bytes[1] === 0x4b) && !(bytes[0] === 0xd0 && bytes[1] === 0xcf) && !(bytes[0] === 0x25 && bytes[1] === 0x50));
        const result = decodeCsvBytes(bytes);
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(result.ok && result.encoding).toBe(valid ? 'utf-8' : 'windows-1252');
        const oracle = valid ? new TextDecoder('utf-8').decode(bytes) : cp1252(bytes);
        expect(result.ok && result.text).toBe(oracle);
      }),
      { numRuns: 2_000 },
    );
  });

  it('decodes a 10 MB file', () => {
    const line = 'Ana Lima,ana@x.com,José,王小明\n';
    const text = line.repeat(Math.ceil(10_000_000 / line.length));
    const result = decodeCsvBytes(utf8(text));
    expect(result.ok && result.text.length).toBe(text.length);
  });
});
