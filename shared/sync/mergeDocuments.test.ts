import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDocuments, valuesEqual, type Doc } from './mergeDocuments';

const base = { id: 'a', name: 'Ann', email: 'a@x.com', status: 'new', labelIds: ['l1', 'l2'], updatedAt: 1, updatedBy: 'm1' };

describe('mergeDocuments', () => {
  it('applies fields changed locally onto the server document and keeps the server\'s other changes', () => {
    const local = { ...base, email: 'ann@x.com', updatedAt: 999 };
    const remote = { ...base, status: 'contacted', updatedAt: 5, updatedBy: 'm2' };
    const { merged, overwritten } = mergeDocuments(base, local, remote);
    expect(merged).toEqual({ ...base, email: 'ann@x.com', status: 'contacted', updatedAt: 5, updatedBy: 'm2' });
    expect(overwritten).toEqual([]);
  });

  it('lets the later push win on the same field and reports the overwritten value', () => {
    const local = { ...base, status: 'negotiating' };
    const remote = { ...base, status: 'contacted' };
    const { merged, overwritten } = mergeDocuments(base, local, remote);
    expect(merged.status).toBe('negotiating');
    expect(overwritten).toEqual([{ field: 'status', from: 'contacted', to: 'negotiating' }]);
  });

  it('does not report a field both sides set to the same value', () => {
    const { overwritten } = mergeDocuments(base, { ...base, status: 'x' }, { ...base, status: 'x' });
    expect(overwritten).toEqual([]);
  });

  it('merges label sets: additions and removals from both sides survive', () => {
    const local = { ...base, labelIds: ['l1', 'l3'] }; // removed l2, added l3
    const remote = { ...base, labelIds: ['l1', 'l2', 'l4'] }; // added l4
    expect(mergeDocuments(base, local, remote).merged.labelIds).toEqual(['l1', 'l4', 'l3']);
  });

  it('never takes server-stamped fields from the client', () => {
    const { merged } = mergeDocuments(base, { ...base, updatedAt: 10 ** 12, updatedBy: 'evil' }, base);
    expect(merged.updatedAt).toBe(1);
    expect(merged.updatedBy).toBe('m1');
  });

  it('with no base, the pushed values win and differences are reported', () => {
    const { merged, overwritten } = mergeDocuments(null, { ...base, name: 'A' }, { ...base, name: 'B' });
    expect(merged.name).toBe('A');
    expect(overwritten).toEqual([{ field: 'name', from: 'B', to: 'A' }]);
  });
});

/**
 * Convergence: clients edit copies offline and sync in random order with a server that
 * accepts a push only when its assumed state is current (the sync contract), resolving
 * conflicts with mergeDocuments. After everyone syncs, every client equals the server, and
 * the last write to each field wins.
 */
describe('mergeDocuments convergence', () => {
  const FIELDS = ['name', 'email', 'status'] as const;
  const LABELS = ['l1', 'l2', 'l3'];

  const step = fc.oneof(
    fc.record({
      kind: fc.constant('edit' as const),
      edit: fc.record({
        client: fc.integer({ min: 0, max: 3 }),
        field: fc.constantFrom(...FIELDS, 'label' as const),
        value: fc.constantFrom('a', 'b', 'c', ...LABELS),
        add: fc.boolean(),
      }),
    }),
    fc.record({ kind: fc.constant('sync' as const), client: fc.integer({ min: 0, max: 3 }) }),
  );

  it('converges for random concurrent edit sequences', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let server: Doc = { id: 'x', name: '', email: '', status: '', labelIds: [] as string[], updatedAt: 0 };
        let clock = 0;
        const clients = Array.from({ length: 4 }, () => ({ base: server, local: server }));
        // The value each scalar field was last pushed with: that push must win in the end.
        const lastPushed: Record<string, unknown> = { name: '', email: '', status: '' };

        const sync = (i: number) => {
          const c = clients[i]!;
          if (!valuesEqual(c.local, c.base)) {
            for (const f of FIELDS) if (c.local[f] !== c.base[f]) lastPushed[f] = c.local[f];
            // push: the server writes only when the assumed state is its current document
            if (valuesEqual(c.base, server)) server = { ...c.local, updatedAt: ++clock };
            else server = { ...mergeDocuments(c.base, c.local, server).merged, updatedAt: ++clock };
          }
          clients[i] = { base: server, local: server }; // pull
        };

        for (const s of steps) {
          if (s.kind === 'sync') sync(s.client);
          else {
            const c = clients[s.edit.client]!;
            const { field, value, add } = s.edit;
            if (field === 'label') {
              const labels = (c.local.labelIds as string[]).filter((l) => l !== value);
              c.local = { ...c.local, labelIds: add && LABELS.includes(value) ? [...labels, value] : labels };
            } else {
              c.local = { ...c.local, [field]: value };
            }
          }
        }
        for (let i = 0; i < clients.length; i++) sync(i);
        for (let i = 0; i < clients.length; i++) sync(i);
        for (const c of clients) expect(c.local).toEqual(server);
        // No accepted edit is lost: every field holds the value of its latest push.
        for (const f of FIELDS) expect(server[f]).toBe(lastPushed[f]);
        // Labels never duplicate.
        const labels = server.labelIds as string[];
        expect(new Set(labels).size).toBe(labels.length);
      }),
      { numRuns: 300 },
    );
  });
});
