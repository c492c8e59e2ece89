import { describe, expect, it } from 'vitest';
import { deriveOfficialName } from './deriveOfficialName';

describe('deriveOfficialName', () => {
  it.each([
    // The given name wins, trimmed.
    [{ name: '  Ana Lima ' }, 'Ana Lima'],
    [{ name: 'José Álvarez', link: 'youtube.com/@x', email: 'x@y.com' }, 'José Álvarez'],
    // From a profile link: handle or username as typed, without @.
    [{ name: '', link: 'https://www.youtube.com/@MrBeast' }, 'MrBeast'],
    [{ link: 'youtube.com/@mrbeast/videos' }, 'mrbeast'],
    [{ link: 'youtube.com/user/PewDiePie' }, 'PewDiePie'],
    [{ link: 'youtube.com/c/LinusTechTips' }, 'LinusTechTips'],
    [{ link: 'youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw' }, 'UC_x5XG1OV2P6uZZ5FSM9Ttw'],
    [{ link: 'instagram.com/selena.gomez' }, 'selena.gomez'],
    [{ link: 'https://www.instagram.com/@Cristiano/' }, 'Cristiano'],
    [{ link: 'https://www.tiktok.com/@khaby.lame' }, 'khaby.lame'],
    [{ link: 'https://www.youtube.com/@%E3%81%AF%E3%81%98%E3%82%81' }, 'はじめ'],
    // From another link: the last meaningful path segment, else the site.
    [{ link: 'https://linktr.ee/ana_lima' }, 'ana_lima'],
    [{ link: 'https://twitter.com/@jack' }, 'jack'],
    [{ link: 'https://www.facebook.com/janedoe/about' }, 'janedoe'],
    [{ link: 'https://example.com/blog/index.html' }, 'blog'],
    [{ link: 'https://example.com/profile.php?id=1' }, 'example.com'],
    [{ link: 'https://www.analima.com.br/' }, 'analima.com.br'],
    [{ link: 'analima.com.br' }, 'analima.com.br'],
    // From the email's local part, without its +tag.
    [{ email: 'jane.doe+pr@agency.com' }, 'jane.doe'],
    [{ link: '', email: 'kim@x.kr' }, 'kim'],
    [{ link: '  ', email: ' Kim.Lee@X.kr ' }, 'Kim.Lee'],
    [{ email: '+tag@x.com' }, '+tag'],
    // An unusable link falls through to the email.
    [{ link: 'not a link', email: 'ana@x.com' }, 'ana'],
  ])('%j → %s', (input, name) => {
    expect(deriveOfficialName(input)).toBe(name);
  });

  it('keeps derived names within the schema limit', () => {
    expect(deriveOfficialName({ link: `example.com/${'a'.repeat(500)}` })).toHaveLength(200);
  });

  it.each([[{}], [{ name: ' ', link: '', email: '' }], [{ link: 'not a link' }], [{ email: 'no-at-sign' }]])(
    'throws a clear error when there is nothing to name by: %j',
    (input) => {
      expect(() => deriveOfficialName(input)).toThrow(/give a name, a link or an email/);
    },
  );
});
