import { describe, expect, it } from 'vitest';
import { displayName } from './displayName';

describe('displayName', () => {
  it.each([
    [{ customName: 'Pepe', officialName: 'José Álvarez' }, 'Pepe'],
    [{ customName: ' Pepe ', officialName: 'José Álvarez' }, 'Pepe'],
    [{ customName: '  ', officialName: 'José Álvarez' }, 'José Álvarez'],
    [{ customName: '', officialName: 'José Álvarez' }, 'José Álvarez'],
    [{ customName: null, officialName: 'José Álvarez' }, 'José Álvarez'],
    [{ customName: null, officialName: '김민지' }, '김민지'],
  ])('%j → %s', (inf, name) => {
    expect(displayName(inf)).toBe(name);
  });
});
