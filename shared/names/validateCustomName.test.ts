import { describe, expect, it } from 'vitest';
import { validateCustomName } from './validateCustomName';

describe('validateCustomName', () => {
  it.each([
    ['  Pepe ', 'Pepe'],
    ['Pepe   (VIP)', 'Pepe (VIP)'],
    ['', null],
    ['   ', null],
    ['김민지', '김민지'],
  ])('%j → %j', (input, customName) => {
    expect(validateCustomName(input)).toEqual({ ok: true, customName });
  });

  it('refuses a name over the limit', () => {
    expect(validateCustomName('x'.repeat(201))).toEqual({ ok: false, reason: 'A name has at most 200 characters.' });
    expect(validateCustomName(` ${'x'.repeat(200)} `)).toEqual({ ok: true, customName: 'x'.repeat(200) });
  });
});
