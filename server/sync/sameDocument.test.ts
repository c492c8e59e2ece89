import { describe, expect, it } from 'vitest';
import { sameDocument } from './sameDocument';

describe('sameDocument', () => {
  const doc = { id: 'a', labelIds: ['x', 'y'], customName: null, updatedAt: 1, updatedBy: 'm1', _deleted: false };

  it('compares every field by value, arrays in order', () => {
    expect(sameDocument(doc, { ...doc, labelIds: ['x', 'y'] }, [])).toBe(true);
    expect(sameDocument(doc, { ...doc, labelIds: ['y', 'x'] }, [])).toBe(false);
    expect(sameDocument(doc, { ...doc, _deleted: true }, [])).toBe(false);
    expect(sameDocument(doc, { ...doc, extra: 1 }, [])).toBe(false);
  });

  it('skips the fields the server stamps', () => {
    expect(sameDocument(doc, { ...doc, updatedAt: 2, updatedBy: 'm2' }, ['updatedAt', 'updatedBy'])).toBe(true);
    expect(sameDocument(doc, { ...doc, updatedAt: 2 }, [])).toBe(false);
  });
});
