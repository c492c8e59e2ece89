import { describe, expect, it, vi } from 'vitest';
import { MAX_EXTERNAL_URL_LENGTH, openExternalSafely } from './openExternalSafely';

describe('openExternalSafely', () => {
  it('opens http and https URLs, normalised', async () => {
    const openExternal = vi.fn(() => Promise.resolve());
    expect(await openExternalSafely('https://www.youtube.com/@someone', openExternal)).toBe(true);
    expect(await openExternalSafely('HTTP://Example.com', openExternal)).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://www.youtube.com/@someone'], ['http://example.com/']]);
  });

  it('refuses other schemes, credentials, junk and overlong URLs without calling the shell', async () => {
    const openExternal = vi.fn(() => Promise.resolve());
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'mailto:someone@example.com',
      'ms-settings:',
      'app://app/index.html',
      'https://bank.example@evil.example/',
      'https://user:pass@example.com/',
      'example.com',
      '',
      `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`,
    ]) {
      expect(await openExternalSafely(url, openExternal), url).toBe(false);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('resolves false when the OS cannot open the URL', async () => {
    const openExternal = vi.fn(() => Promise.reject(new Error('no handler')));
    expect(await openExternalSafely('https://example.com/', openExternal)).toBe(false);
  });
});
