import type { WithDeleted } from 'rxdb';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/activity';
import type { Influencer } from '../../../shared/influencer';
import { createInfluencerConflictHandler, sameInfluencer } from './influencerConflictHandler';

const base: WithDeleted<Influencer> = {
  id: 'inf-1', kind: 'custom', platform: null, platformId: null, officialName: 'Ana', customName: null, link: '',
  email: 'ana@old.example', status: 'not_collaborated', labelIds: ['l1'], liaisonId: 'm-a', archived: false, source: 'manual',
  followers: null, country: null, createdAt: 1, updatedAt: 10, createdBy: 'm-a', updatedBy: 'm-a', _deleted: false,
};

function handlerWithLog() {
  const log = new Map<string, Activity>();
  const handler = createInfluencerConflictHandler({
    actorId: () => 'm-b',
    now: () => 500,
    recordActivities: async (entries) => {
      for (const entry of entries) if (!log.has(entry.id)) log.set(entry.id, entry);
    },
  });
  return { handler, log };
}

describe('influencer conflict handler', () => {
  it('treats documents that differ only in the server stamps as equal', () => {
    expect(sameInfluencer(base, { ...base, updatedAt: 99, updatedBy: 'm-z' })).toBe(true);
    expect(sameInfluencer(base, { ...base, email: 'x@y.example' })).toBe(false);
    expect(sameInfluencer(base, { ...base, labelIds: ['l1', 'l2'] })).toBe(false);
    expect(sameInfluencer(base, { ...base, _deleted: true })).toBe(false);
  });

  it('keeps both sides\' changes to different fields and logs nothing', async () => {
    const { handler, log } = handlerWithLog();
    const resolved = await handler.resolve(
      {
        assumedMasterState: base,
        newDocumentState: { ...base, status: 'contacted', updatedAt: 20, updatedBy: 'm-b' },
        realMasterState: { ...base, email: 'ana@new.example', updatedAt: 30, updatedBy: 'm-a' },
      },
      'test',
    );
    expect(resolved).toMatchObject({ status: 'contacted', email: 'ana@new.example', updatedAt: 30, updatedBy: 'm-a' });
    expect(log.size).toBe(0);
  });

  it('lets this push win on the same field and logs the overwritten value once, however often it resolves', async () => {
    const { handler, log } = handlerWithLog();
    const input = {
      assumedMasterState: base,
      newDocumentState: { ...base, email: 'ana@b.example' },
      realMasterState: { ...base, email: 'ana@a.example', updatedAt: 30 },
    };
    expect(await handler.resolve(input, 'test')).toMatchObject({ email: 'ana@b.example', updatedAt: 30 });
    await handler.resolve(input, 'test');
    expect([...log.values()]).toEqual([
      {
        id: expect.stringMatching(/^overwrite-[0-9a-f]{28}$/),
        influencerId: 'inf-1', actorId: 'm-b', at: 500, kind: 'conflict_overwritten', field: 'email',
        from: '"ana@a.example"', to: '"ana@b.example"', batchId: null,
      },
    ]);
    // Another server version overwritten is another event.
    await handler.resolve({ ...input, realMasterState: { ...input.realMasterState, updatedAt: 31 } }, 'test');
    expect(log.size).toBe(2);
    expect([...log.keys()].every((id) => id.length <= 64)).toBe(true);
  });

  it('logs one overwrite for a contact email changed on both sides, not one per source field', async () => {
    const { handler, log } = handlerWithLog();
    await handler.resolve(
      {
        assumedMasterState: base,
        newDocumentState: { ...base, email: 'b@x.example', manualEmail: 'b@x.example', updatedAt: 20, updatedBy: 'm-b' },
        realMasterState: { ...base, email: 'a@x.example', manualEmail: 'a@x.example', updatedAt: 30, updatedBy: 'm-a' },
      },
      'test',
    );
    expect([...log.values()].map((e) => [e.field, e.from, e.to])).toEqual([['email', '"a@x.example"', '"b@x.example"']]);
  });
});

