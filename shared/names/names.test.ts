import { describe, expect, it } from 'vitest';
import { deriveOfficialName } from './deriveOfficialName';
import { displayName } from './displayName';

describe('displayName', () => {
  it('shows the custom name when set, else the official name', () => {
    expect(displayName({ customName: 'Pepe', officialName: 'José Álvarez' })).toBe('Pepe');
    expect(displayName({ customName: '  ', officialName: 'José Álvarez' })).toBe('José Álvarez');
    expect(displayName({ customName: null, officialName: 'José Álvarez' })).toBe('José Álvarez');
    expect(displayName({ customName: ' Pepe ', officialName: 'x' })).toBe('Pepe');
  });
});

describe('deriveOfficialName', () => {
  it.each([
    [{ name: '  Ana Lima ' }, 'Ana Lima'],
    [{ name: '', link: 'https://www.youtube.com/@MrBeast' }, 'mrbeast'],
    [{ link: 'youtube.com/user/PewDiePie' }, 'pewdiepie'],
    [{ link: 'instagram.com/selena.gomez' }, 'selena.gomez'],
    [{ link: 'https://www.tiktok.com/@khaby.lame' }, 'khaby.lame'],
    [{ link: 'https://linktr.ee/ana_lima' }, 'ana_lima'],
    [{ link: 'https://www.analima.com.br/' }, 'analima.com.br'],
    [{ link: 'https://example.com/blog/index.html' }, 'blog'],
    [{ email: 'jane.doe+pr@agency.com' }, 'jane.doe'],
    [{ link: '', email: 'kim@x.kr' }, 'kim'],
  ])('%j → %s', (input, name) => {
    expect(deriveOfficialName(input)).toBe(name);
  });

  it('says what is missing when there is nothing to name by', () => {
    expect(() => deriveOfficialName({ name: ' ', link: '', email: '' })).toThrow(/name, a link or an email/);
  });
});
