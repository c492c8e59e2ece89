import { describe, expect, it } from 'vitest';
import { validateWebLink } from './validateWebLink';

describe('validateWebLink accepts web addresses, adding https:// when missing', () => {
  it.each([
    ['analima.com.br', 'https://analima.com.br'],
    ['https://linktr.ee/ana', 'https://linktr.ee/ana'],
    ['http://blog.example.org/about?x=1', 'http://blog.example.org/about?x=1'],
    ['  www.example.com/path  ', 'https://www.example.com/path'],
    ['HTTPS://Example.COM/Path/Case', 'https://example.com/Path/Case'],
    ['//cdn.example.com/a', 'https://cdn.example.com/a'],
    ['example.com:8080/shop#top', 'https://example.com:8080/shop#top'],
    ['münchen.de/über', 'https://münchen.de/über'],
    ['xn--mnchen-3ya.de', 'https://xn--mnchen-3ya.de'],
    ['<https://beacons.ai/ana>', 'https://beacons.ai/ana'],
    ['https://www.youtube.com/@someone', 'https://www.youtube.com/@someone'],
  ])('%s → %s', (input, link) => {
    expect(validateWebLink(input)).toEqual({ ok: true, link });
  });
});

describe('validateWebLink refuses, saying why', () => {
  it.each([
    ['', /Enter a link/],
    ['   ', /Enter a link/],
    ['not a link', /not a web address/],
    ['ana', /not a web address/],
    ['example.c', /not a web address/],
    ['http://192.168.0.1/admin', /not a web address/],
    ['http://-bad-.com', /not a web address/],
    ['https://user:pw@example.com', /not a web address/],
    ['javascript://example.com/%0Aalert(1)', /Only web links/],
    ['ftp://files.example.com', /Only web links/],
    ['mailto:a@b.com', /not a web address/],
    ['http://localhost:3000', /localhost/],
    ['https://' + 'a'.repeat(2100) + '.com', /longer than 2048/],
    ['example.com/' + 'a'.repeat(2030), /longer than 2048/],
  ])('%s', (input, reason) => {
    const result = validateWebLink(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
