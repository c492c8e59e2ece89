import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './isTrustedSender';

describe('isTrustedSender', () => {
  it('trusts the app origin', () => {
    expect(isTrustedSender('app://app/index.html#/influencers/1')).toBe(true);
  });

  it('trusts the dev server only in development', () => {
    expect(isTrustedSender('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender('http://localhost:5173/')).toBe(false);
  });

  it('trusts nothing else', () => {
    for (const url of [null, undefined, '', 'https://evil.example/', 'file:///index.html', 'app://evil/', 'about:blank']) {
      expect(isTrustedSender(url, 'http://localhost:5173'), String(url)).toBe(false);
    }
  });
});
