import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, isEmptyRecord, mapImportRecord } from './importFields';
import { suggestColumnMapping } from './suggestColumnMapping';

describe('suggestColumnMapping', () => {
  it('recognises common headers in any case, with punctuation and in several languages', () => {
    expect(suggestColumnMapping(['Name', 'E-Mail', 'Profile URL', 'Followers', 'Country', 'Tags', 'Notes'])).toEqual([
      'name', 'email', 'link', 'followers', 'country', 'labels', 'notes',
    ]);
    expect(suggestColumnMapping(['Nombre', 'Correo electrónico', 'País', 'Idioma', 'Seguidores', 'Estado'])).toEqual([
      'name', 'email', 'country', 'language', 'followers', 'status',
    ]);
    expect(suggestColumnMapping(['Channel ID', 'Platform', 'Quality score', 'Liaison'])).toEqual(['platformId', 'platform', 'qualityScore', 'liaison']);
  });

  it('prefers the head noun: "Instagram followers" is followers, "YouTube link" a link', () => {
    expect(suggestColumnMapping(['Instagram followers', 'YouTube link'])).toEqual(['followers', 'link']);
  });

  it('gives each field to one column only, and leaves unknown headers unmapped', () => {
    expect(suggestColumnMapping(['Email', 'Email 2', 'Shoe size', ''])).toEqual(['email', null, null, null]);
  });

  it('recognises email and link columns by their values when the header says nothing', () => {
    const sample = [
      ['Ana', 'ana@x.com', 'youtube.com/@ana'],
      ['Ben', 'ben@y.org', 'https://instagram.com/ben'],
      ['Cai', '', 'tiktok.com/@cai'],
    ];
    expect(suggestColumnMapping(['Who', 'Contact', 'Where'], sample)).toEqual([null, 'email', 'link']);
  });

  it('returns one entry per header, never a field twice', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('Name', 'email', 'URL', 'Followers', 'tags', 'Status')), { maxLength: 12 }), (headers) => {
        const mapping = suggestColumnMapping(headers);
        expect(mapping).toHaveLength(headers.length);
        const fields = mapping.filter((m) => m !== null);
        expect(new Set(fields).size).toBe(fields.length);
        for (const f of fields) expect(IMPORT_FIELDS).toContain(f);
      }),
    );
  });
});

describe('mapImportRecord', () => {
  it('picks the mapped values, trimmed, and skips empty ones', () => {
    expect(mapImportRecord([' Ana ', 'x', '', 'ana@x.com'], ['name', null, 'link', 'email'])).toEqual({ row: { name: 'Ana', email: 'ana@x.com' }, problem: null });
    expect(mapImportRecord(['Ana'], ['name', 'email'])).toEqual({ row: { name: 'Ana' }, problem: null });
  });

  it('flags values past the last column instead of dropping them', () => {
    const { problem } = mapImportRecord(['Lima', ' Ana', 'ana@x.com'], ['name', 'email']);
    expect(problem).toBe('This row has 3 values but the file has 2 columns: a value probably contains an unquoted comma or semicolon.');
    expect(mapImportRecord(['Ana', 'a@x.com', '', ' '], ['name', 'email']).problem).toBeNull();
  });

  it('knows an empty record', () => {
    expect(isEmptyRecord(['', ' ', '\t'])).toBe(true);
    expect(isEmptyRecord(['', 'x'])).toBe(false);
  });
});
