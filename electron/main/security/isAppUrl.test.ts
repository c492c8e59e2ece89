import { describe, expect, it } from 'vitest';
import { isAppUrl } from './isAppUrl';

describe('isAppUrl', () => {
  it('accepts the packaged renderer on app://app/', () => {
    expect(isAppUrl('app://app/index.html')).toBe(true);
    expect(isAppUrl('app://app/index.html#/influencers/abc')).toBe(true);
    expect(isAppUrl('app://APP/assets/index.js')).toBe(true);
  });

  it('rejects other hosts, ports, credentials and schemes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://app.evil/index.html',
      'app://app:8080/index.html',
      'app://user:pw@app/index.html',
      'file:///etc/passwd',
      'https://app/index.html',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('accepts the dev server origin only when one is given', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
  });
});
