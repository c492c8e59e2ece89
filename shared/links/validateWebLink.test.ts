import { describe, expect, it } from 'vitest';
import { validateWebLink } from './validateWebLink';

describe('validateWebLink', () => {
  it.each([
    ['analima.com.br', 'https://analima.com.br'],
    ['https://linktr.ee/ana', 'https://linktr.ee/ana'],
    ['http://blog.example.org/about?x=1', 'http://blog.example.org/about?x=1'],
    ['  www.example.com/path  ', 'https://www.example.com/path'],
  ])('%s → %s', (input, link) => {
    expect(validateWebLink(input)).toEqual({ ok: true, link });
  });

  it.each([
    ['', /Enter a link/],
    ['not a link', /not a web address/],
    ['javascript://example.com/%0Aalert(1)', /Only web links/],
    ['mailto://a@b.com', /Only web links|not a web address/],
    ['http://localhost:3000', /localhost/],
    ['https://' + 'a'.repeat(2100) + '.com', /longer than/],
  ])('refuses %s', (input, reason) => {
    const result = validateWebLink(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
