import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/activity';
import { openCrmDatabase, type CrmDatabase } from '../../db/database';
import { ActivityFeedReader, compareNewestFirst, mergeNewestFirst, type FeedFilter } from './activityFeed';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 5, 12);

const entry = (id: string, at: number, change: Partial<Activity> = {}): Activity => ({
  id, influencerId: `inf-${id}`, actorId: 'm1', at, kind: 'field_changed', field: 'status', from: '"a"', to: '"b"', batchId: null, ...change,
});

let db: CrmDatabase;
let all: Activity[];
beforeAll(async () => {
  db = await openCrmDatabase('feed-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['activities'] });
  all = [];
  // A quiet stretch years back, a steady daily rhythm, one dense bulk operation (one
  // millisecond, 3,000 entries) and an entry from a device whose clock runs ahead.
  for (let i = 0; i < 20; i++) all.push(entry(`old-${String(i).padStart(3, '0')}`, NOW - 3 * 365 * DAY + i * 7 * DAY, { kind: 'created', actorId: 'm2' }));
  for (let i = 0; i < 400; i++) all.push(entry(`day-${String(i).padStart(3, '0')}`, NOW - 60 * DAY + i * 3 * 60 * 60 * 1000, { actorId: i % 4 === 0 ? 'm2' : 'm1', kind: i % 10 === 0 ? 'change_rejected' : 'field_changed' }));
  for (let i = 0; i < 3_000; i++) all.push(entry(`bulk-${String(i).padStart(4, '0')}`, NOW - 2 * DAY, { batchId: 'b1', kind: 'archived', field: 'archived' }));
  all.push(entry('ahead', NOW + 60_000));
  await db.activities.bulkInsert(all);
});
afterAll(() => db.remove());

async function readAll(filter: FeedFilter, pageSize = 100): Promise<{ ids: string[]; pages: number[] }> {
  const reader = new ActivityFeedReader(db.activities, filter, { pageSize, scanTarget: 500, now: () => NOW });
  const ids: string[] = [];
  const pages: number[] = [];
  for (let guard = 0; guard < 1_000 && !reader.exhausted; guard++) {
    const page = await reader.nextPage();
    pages.push(page.length);
    ids.push(...page.map((e) => e.id));
  }
  return { ids, pages };
}

describe('ActivityFeedReader', () => {
  it('hands out every entry once, newest first, a page at a time', async () => {
    const { ids, pages } = await readAll({ kinds: null, actorId: null });
    expect(ids).toEqual([...all].sort(compareNewestFirst).map((e) => e.id));
    expect(Math.max(...pages)).toBe(100);
    expect(ids[0]).toBe('ahead');
  });

  it('filters by kind and member while reading', async () => {
    const rejectedByM2 = all.filter((e) => e.kind === 'change_rejected' && e.actorId === 'm2').sort(compareNewestFirst).map((e) => e.id);
    expect(rejectedByM2.length).toBeGreaterThan(0);
    expect((await readAll({ kinds: ['change_rejected'], actorId: 'm2' })).ids).toEqual(rejectedByM2);
    const created = all.filter((e) => e.kind === 'created').sort(compareNewestFirst).map((e) => e.id);
    expect((await readAll({ kinds: ['created', 'imported'], actorId: null }, 7)).ids).toEqual(created);
  });

  it('never reads the whole log for one page', async () => {
    let read = 0;
    const counting = {
      findOne: db.activities.findOne.bind(db.activities),
      count: db.activities.count.bind(db.activities),
      find: ((query: Parameters<typeof db.activities.find>[0]) => {
        const q = db.activities.find(query);
        return { exec: async () => { const docs = await q.exec(); read += docs.length; return docs; } };
      }) as unknown as typeof db.activities.find,
    };
    const reader = new ActivityFeedReader(counting, { kinds: null, actorId: null }, { pageSize: 50, scanTarget: 500, now: () => NOW });
    expect(await reader.nextPage()).toHaveLength(50);
    expect(read).toBeLessThan(1_100);
  });

  it('reads one influencer’s log on its own index, a little at a time', async () => {
    const busy = Array.from({ length: 2_000 }, (_, i) => entry(`busy-${String(i).padStart(4, '0')}`, NOW - i * 4 * 60 * 60 * 1000, { influencerId: 'busy', actorId: i % 3 === 0 ? 'm2' : 'm1' }));
    await db.activities.bulkInsert(busy);
    let read = 0;
    const counting = {
      findOne: db.activities.findOne.bind(db.activities),
      count: db.activities.count.bind(db.activities),
      find: ((query: Parameters<typeof db.activities.find>[0]) => {
        const q = db.activities.find(query);
        return { exec: async () => { const docs = await q.exec(); read += docs.length; return docs; } };
      }) as unknown as typeof db.activities.find,
    };
    const reader = new ActivityFeedReader(counting, { kinds: null, actorId: 'm2', influencerId: 'busy' }, { pageSize: 50, scanTarget: 200, now: () => NOW });
    const first = await reader.nextPage();
    expect(first.map((e) => e.id)).toEqual(busy.filter((e) => e.actorId === 'm2').slice(0, 50).map((e) => e.id));
    expect(read).toBeLessThan(500);
    const rest: string[] = [];
    while (!reader.exhausted) rest.push(...(await reader.nextPage()).map((e) => e.id));
    expect([...first.map((e) => e.id), ...rest]).toEqual(busy.filter((e) => e.actorId === 'm2').map((e) => e.id));
    await db.activities.bulkRemove(busy.map((e) => e.id));
  });

  it('says an empty log is complete', async () => {
    const empty = await openCrmDatabase('feed-empty', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['activities'] });
    const reader = new ActivityFeedReader(empty.activities, { kinds: null, actorId: null });
    expect(await reader.nextPage()).toEqual([]);
    expect(reader.exhausted).toBe(true);
    await empty.remove();
  });
});

describe('mergeNewestFirst', () => {
  it('puts new entries in their place and each id once', () => {
    const shown = [entry('c', 30), entry('a', 10)];
    const merged = mergeNewestFirst(shown, [entry('b', 20), entry('c', 30), entry('d', 40), entry('b', 20)]);
    expect(merged.map((e) => e.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(mergeNewestFirst(shown, [entry('a', 10)])).toBe(shown);
    expect(mergeNewestFirst([entry('y', 5)], [entry('x', 5)]).map((e) => e.id)).toEqual(['x', 'y']);
  });
});
