import { describe, expect, it } from 'vitest';
import { readMemory } from './viewMemory';

const content = { filter: null, search: 'x', sort: { field: 'followers', direction: 'desc' }, hiddenColumns: { link: false } };

describe('readMemory', () => {
  it('reads back what was remembered', () => {
    const memory = { viewId: 'v-1', content, drafts: { all: { ...content, search: 'y' } } };
    expect(readMemory(JSON.stringify(memory))).toEqual(memory);
  });

  it('ignores what does not read: nothing stored, broken JSON, an unknown sort; drops a filter that does not validate', () => {
    expect(readMemory(null)).toBeNull();
    expect(readMemory('{')).toBeNull();
    expect(readMemory(JSON.stringify({ viewId: 'all', content: { ...content, sort: { field: 'password', direction: 'asc' } }, drafts: {} }))).toBeNull();
    const badFilter = { version: 1, root: { type: 'group', combinator: 'xor', children: [] } };
    expect(readMemory(JSON.stringify({ viewId: 'all', content: { ...content, filter: badFilter }, drafts: {} }))?.content.filter).toBeNull();
  });
});
