import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSearchText } from './foldSearchText';

describe('foldSearchText', () => {
  it('folds case and accents and makes every whitespace run one space', () => {
    expect(foldSearchText('  José\t\tÁLVAREZ\n')).toBe('jose alvarez');
    expect(foldSearchText('Ana\u00a0Lima')).toBe('ana lima');
    expect(foldSearchText('plain')).toBe('plain');
  });

  it('never leaves a separator, a double space or an outer space', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(foldSearchText(text)).not.toMatch(/\n|\t|\s\s|^\s|\s$/);
      }),
    );
  });
});
