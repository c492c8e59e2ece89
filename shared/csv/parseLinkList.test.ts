import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLinkList } from './parseLinkList';

describe('parseLinkList', () => {
  it('splits by lines, commas, semicolons and whitespace, keeping line numbers', () => {
    const { links } = parseLinkList('youtube.com/@a, instagram.com/b\n\n  tiktok.com/@c;https://x.com/d \r\nanalima.com.br');
    expect(links).toEqual([
      { text: 'youtube.com/@a', line: 1 },
      { text: 'instagram.com/b', line: 1 },
      { text: 'tiktok.com/@c', line: 3 },
      { text: 'https://x.com/d', line: 3 },
      { text: 'analima.com.br', line: 4 },
    ]);
  });

  it('removes bullets, wrappers and trailing punctuation from chat and documents', () => {
    const { links } = parseLinkList('- <https://youtube.com/@a>\n• "instagram.com/b".\n1. (tiktok.com/@c)!\n2) “x.com/d”');
    expect(links.map((l) => l.text)).toEqual(['https://youtube.com/@a', 'instagram.com/b', 'tiktok.com/@c', 'x.com/d']);
  });

  it('keeps tokens that are not links, so the preview can refuse them with a reason', () => {
    expect(parseLinkList('not-a-link youtube.com/@a').links.map((l) => l.text)).toEqual(['not-a-link', 'youtube.com/@a']);
  });

  it('lists the same link once and reports the repeats', () => {
    const result = parseLinkList('youtube.com/@a\nYOUTUBE.com/@a\nyoutube.com/@b');
    expect(result.links.map((l) => l.text)).toEqual(['youtube.com/@a', 'youtube.com/@b']);
    expect(result.repeated).toEqual([{ text: 'YOUTUBE.com/@a', line: 2 }]);
  });

  it('gives nothing for blank text and never returns an empty or spaced token', () => {
    expect(parseLinkList(' \n\t\n')).toEqual({ links: [], repeated: [] });
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const l of [...parseLinkList(text).links, ...parseLinkList(text).repeated]) {
          expect(l.text).not.toBe('');
          expect(l.text).not.toMatch(/[\s,;]/);
          expect(l.line).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
