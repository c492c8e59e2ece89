export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: CsvEncoding; warning: string | null }
  | { ok: false; reason: string };

/** How much of the start the byte-pattern checks look at. */
const SNIFF_BYTES = 4096;
/** String.fromCharCode takes its arguments on the stack: convert in slices. */
const SLICE = 8192;

const SAVE_AS_CSV = 'In your spreadsheet app, choose File › Save As (or Download) › "CSV UTF-8", then import that file.';

/**
 * Turns the bytes of an imported file into text, without TextDecoder (shared/ runs without
 * DOM or Node APIs):
 * - a byte order mark decides: UTF-8, UTF-16 LE or BE;
 * - without one, UTF-16 is recognised by its zero bytes, otherwise the file is read as
 *   UTF-8 when it is valid UTF-8, and else as Windows-1252 (what Excel on Windows writes for
 *   "CSV" in Western locales), with a warning to check accented letters in the preview;
 * - spreadsheets, PDFs and other binary files are refused with what to do instead.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8', warning: null };
  const b0 = bytes[0];
  const b1 = bytes[1];

  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8(bytes, 3);
    if (text !== null) return { ok: true, text, encoding: 'utf-8', warning: null };
    return { ok: true, text: decodeUtf8Lenient(bytes, 3), encoding: 'utf-8', warning: 'The file says it is UTF-8 but some bytes are not; those characters show as �. Check the preview.' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0) return { ok: false, reason: `This file is in UTF-32, which cannot be imported. ${SAVE_AS_CSV}` };
    return { ok: true, text: decodeUtf16(bytes, 2, true), encoding: 'utf-16le', warning: null };
  }
  if (b0 === 0xfe && b1 === 0xff) return { ok: true, text: decodeUtf16(bytes, 2, false), encoding: 'utf-16be', warning: null };

  const binary = binaryKind(bytes);
  if (binary !== null) return { ok: false, reason: `This is ${binary}, not a CSV file. ${SAVE_AS_CSV}` };

  const zeros = zeroPattern(bytes);
  if (zeros === 'odd') return { ok: true, text: decodeUtf16(bytes, 0, true), encoding: 'utf-16le', warning: 'The file has no byte order mark; it was read as UTF-16 (little-endian). Check the preview.' };
  if (zeros === 'even') return { ok: true, text: decodeUtf16(bytes, 0, false), encoding: 'utf-16be', warning: 'The file has no byte order mark; it was read as UTF-16 (big-endian). Check the preview.' };
  if (zeros === 'some') return { ok: false, reason: `This file contains binary data (zero bytes), so it is not a text CSV. ${SAVE_AS_CSV}` };

  const utf8 = decodeUtf8(bytes, 0);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', warning: null };
  return {
    ok: true,
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    warning: 'The file is not UTF-8, so it was read as Windows-1252 (Western European). Check accented letters in the preview; if they look wrong, save the file as "CSV UTF-8" and import it again.',
  };
}

function binaryKind(bytes: Uint8Array): string | null {
  const at = (i: number): number => bytes[i] ?? -1;
  if (at(0) === 0x50 && at(1) === 0x4b && at(2) === 0x03 && at(3) === 0x04) return 'an Excel workbook (.xlsx) or another zipped file';
  if (at(0) === 0xd0 && at(1) === 0xcf && at(2) === 0x11 && at(3) === 0xe0) return 'an old Excel workbook (.xls)';
  if (at(0) === 0x25 && at(1) === 0x50 && at(2) === 0x44 && at(3) === 0x46) return 'a PDF';
  return null;
}

/** Where zero bytes sit in the first bytes: every odd/even position is UTF-16 of Latin text. */
function zeroPattern(bytes: Uint8Array): 'none' | 'odd' | 'even' | 'some' {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 1) odd++;
      else even++;
    }
  }
  if (odd === 0 && even === 0) return 'none';
  const pairs = Math.floor(n / 2);
  if (pairs > 0 && odd >= pairs * 0.3 && even === 0) return 'odd';
  if (pairs > 0 && even >= pairs * 0.3 && odd === 0) return 'even';
  return 'some';
}

/** Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF); null when invalid. */
function decodeUtf8(bytes: Uint8Array, start: number): string | null {
  return utf8(bytes, start, false);
}

/** UTF-8 with U+FFFD for each invalid sequence. */
function decodeUtf8Lenient(bytes: Uint8Array, start: number): string {
  return utf8(bytes, start, true) ?? '';
}

function utf8(bytes: Uint8Array, start: number, lenient: boolean): string | null {
  const n = bytes.length;
  const units = new Uint16Array(n - start + 1);
  let u = 0;
  let i = start;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      units[u++] = b;
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      min = 0x10000;
    } else {
      if (!lenient) return null;
      units[u++] = 0xfffd;
      i++;
      continue;
    }
    let ok = i + need < n;
    for (let j = 1; ok && j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (!lenient) return null;
      units[u++] = 0xfffd;
      i++;
      continue;
    }
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      units[u++] = 0xd800 + (v >> 10);
      units[u++] = 0xdc00 + (v & 0x3ff);
    } else {
      units[u++] = cp;
    }
    i += need + 1;
  }
  return unitsToString(units, u);
}

function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): string {
  const count = Math.floor((bytes.length - start) / 2);
  const units = new Uint16Array(count);
  for (let k = 0; k < count; k++) {
    const a = bytes[start + 2 * k] ?? 0;
    const b = bytes[start + 2 * k + 1] ?? 0;
    units[k] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  // An odd trailing byte cannot be a character: it is dropped.
  return unitsToString(units, count);
}

// Windows-1252 0x80–0x9F; the rest of the code page equals Latin-1 (the byte is the code point).
// 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned and map to the C1 controls, as browsers do.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    units[i] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b;
  }
  return unitsToString(units, bytes.length);
}

function unitsToString(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let k = 0; k < length; k += SLICE) {
    parts.push(String.fromCharCode(...units.subarray(k, Math.min(length, k + SLICE))));
  }
  return parts.join('');
}
