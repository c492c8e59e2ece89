import { describe, expect, it } from 'vitest';
import { normaliseLinkKey } from './duplicateKeys';

describe('normaliseLinkKey', () => {
  it('ignores case, scheme, www./m., trailing slashes, fragments and tracking parameters', () => {
    const key = 'linktr.ee/ana';
    for (const link of ['https://linktr.ee/ana', 'HTTP://WWW.Linktr.ee/Ana/', 'linktr.ee/ana#links', 'https://linktr.ee/ana?utm_source=ig&utm_medium=social', 'https://m.linktr.ee/ana?igsh=abc123', ' linktr.ee/ana//  ']) {
      expect(normaliseLinkKey(link), link).toBe(key);
    }
  });

  it('keeps parameters that may name the page', () => {
    expect(normaliseLinkKey('https://site.com/profile.php?id=123&utm_source=x')).toBe('site.com/profile.php?id=123');
    expect(normaliseLinkKey('https://site.com/profile.php?id=123')).not.toBe(normaliseLinkKey('https://site.com/profile.php?id=124'));
  });
});
