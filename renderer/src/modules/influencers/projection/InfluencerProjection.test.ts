import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListFilter } from '../../../../../shared/filters/listFilter';
import type { Influencer } from '../../../../../shared/influencer';
import { compileSearch, EMPTY_SEARCH_LOOKUPS, type SearchLookups } from '../../../../../shared/search/compileSearch';
import { InfluencerProjection, type ListQuery, type StoredInfluencer } from './InfluencerProjection';

let clock = 1_000;
function influencer(overrides: Partial<Influencer> & { id: string }): StoredInfluencer {
  clock += 1;
  return {
    kind: 'platform',
    platform: 'youtube',
    platformId: `@${overrides.id}`,
    officialName: overrides.id,
    customName: null,
    link: `https://www.youtube.com/@${overrides.id}`,
    email: null,
    status: 'not_collaborated',
    labelIds: [],
    liaisonId: null,
    archived: false,
    source: 'manual',
    followers: null,
    country: null,
    createdAt: clock,
    updatedAt: clock,
    createdBy: 'm',
    updatedBy: 'm',
    _meta: { lwt: clock },
    ...overrides,
  };
}

const byName = { field: 'name', direction: 'asc' } as const;

describe('InfluencerProjection', () => {
  it('sorts by display name, accent-insensitive, empty values last', () => {
    const p = new InfluencerProjection();
    p.applyDocuments([
      influencer({ id: 'b', officialName: 'Émile' }),
      influencer({ id: 'a', officialName: 'zed', customName: 'Adam' }),
      influencer({ id: 'c', officialName: 'eva' }),
    ]);
    expect(p.query({ search: '', sort: byName, archived: false }).map((r) => r.name)).toEqual(['Adam', 'Émile', 'eva']);
    const byFollowers = p.query({ search: '', sort: { field: 'followers', direction: 'desc' }, archived: false });
    expect(byFollowers.map((r) => r.followers)).toEqual([null, null, null]);
  });

  it('keeps followers order with nulls last in both directions', () => {
    const p = new InfluencerProjection();
    p.applyDocuments([influencer({ id: 'x', followers: 10 }), influencer({ id: 'y', followers: null }), influencer({ id: 'z', followers: 99 })]);
    const ids = (direction: 'asc' | 'desc') => p.query({ search: '', sort: { field: 'followers', direction }, archived: false }).map((r) => r.id);
    expect(ids('asc')).toEqual(['x', 'z', 'y']);
    expect(ids('desc')).toEqual(['z', 'x', 'y']);
  });

  it('searches names, emails and channel ids; narrowing queries give the same answer as fresh ones', () => {
    const p = new InfluencerProjection();
    p.applyDocuments([
      influencer({ id: 'jose', officialName: 'José Álvarez', email: 'jose@mail.com' }),
      influencer({ id: 'joana', officialName: 'Joana', platformId: 'UCjoana' }),
      influencer({ id: 'kim', officialName: '김민지', email: 'kim@mail.com' }),
    ]);
    const q = (search: string) => p.query({ search, sort: byName, archived: false }).map((r) => r.id);
    expect(q('jo')).toEqual(['joana', 'jose']);
    expect(q('jos')).toEqual(['jose']);
    expect(q('alvarez')).toEqual(['jose']);
    expect(q('ucjoana')).toEqual(['joana']);
    expect(q('mail.com')).toEqual(['jose', 'kim']);
    expect(q('김민')).toEqual(['kim']);
    expect(q('')).toHaveLength(3);
  });

  it('searches with the type scope, field operators and exclusions', () => {
    const p = new InfluencerProjection();
    p.applyDocuments([
      influencer({ id: 'ana', kind: 'custom', platform: null, platformId: null, officialName: 'Ana Lima', link: 'https://analima.com.br', labelIds: ['l-vip'], liaisonId: 'me' }),
      influencer({ id: 'ben', officialName: 'Ben Lima', email: 'ben@gmail.com', status: 'contacted' }),
      influencer({ id: 'cai', platform: 'tiktok', officialName: 'Cai', platformId: '@cai', labelIds: ['l-vip'] }),
    ]);
    const lookups: SearchLookups = { labels: [{ id: 'l-vip', name: 'VIP' }], statuses: [{ id: 'contacted', label: 'Contacted' }], members: [], currentMemberId: 'me' };
    const q = (search: string, scope: ListQuery['scope'] = 'all') => p.query({ search, scope, lookups, sort: byName, archived: false }).map((r) => r.id);
    expect(q('lima')).toEqual(['ana', 'ben']);
    expect(q('lima', 'platform')).toEqual(['ben']);
    expect(q('', 'custom')).toEqual(['ana']);
    expect(q('analima.com')).toEqual(['ana']);
    expect(q('group:vip')).toEqual(['ana', 'cai']);
    expect(q('group:vip -platform:tiktok')).toEqual(['ana']);
    expect(q('status:contacted')).toEqual(['ben']);
    expect(q('liaison:me')).toEqual(['ana']);
    expect(q('email:gmail')).toEqual(['ben']);
    expect(q('"ben lima"')).toEqual(['ben']);
  });

  it('applies the advanced filter before the search', () => {
    const p = new InfluencerProjection({ now: () => 10_000 });
    p.applyDocuments([
      influencer({ id: 'a', followers: 500, qualityScore: 90, language: 'pt-br' }),
      influencer({ id: 'b', followers: 50_000, qualityScore: 40 }),
      influencer({ id: 'c', followers: 5_000, liaisonId: 'me' }),
    ]);
    const filter: ListFilter = {
      version: 1,
      root: {
        type: 'group',
        combinator: 'or',
        children: [
          { type: 'condition', field: 'qualityScore', op: 'between', min: 80, max: null },
          { type: 'condition', field: 'liaison', op: 'any_of', values: ['@me'] },
        ],
      },
    };
    const lookups: SearchLookups = { labels: [], statuses: [], members: [], currentMemberId: 'me' };
    const q = (search: string, f: ListFilter | null = filter) => p.query({ search, filter: f, lookups, sort: byName, archived: false }).map((r) => r.id);
    expect(q('')).toEqual(['a', 'c']);
    expect(q('c')).toEqual(['c']);
    expect(q('', null)).toEqual(['a', 'b', 'c']);
    expect(p.query({ search: '', filter, sort: byName, archived: false }).map((r) => r.id)).toEqual(['a']); // nobody is "me"
    const language: ListFilter = { version: 1, root: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'language', op: 'any_of', values: ['pt'] }] } };
    expect(q('', language)).toEqual(['a']);
  });

  it('answers every query in a typing session as a fresh projection would', () => {
    const docs = ['ana lima', 'ana luz', 'anabel', 'bruno', 'joana', 'josé', 'jo ana'].map((name, i) =>
      influencer({ id: `i${i}`, officialName: name, email: i % 2 === 0 ? `${name.replace(/\W/g, '')}@gmail.com` : null, labelIds: i % 3 === 0 ? ['l1'] : [] }),
    );
    const lookups: SearchLookups = { labels: [{ id: 'l1', name: 'VIP' }], statuses: [], members: [], currentMemberId: null };
    const keystrokes = fc.array(fc.constantFrom('a', 'n', 'j', 'o', ' ', '-', '"', 'l', 'email:', 'group:v', 'BACKSPACE', 'CLEAR'), { maxLength: 12 });
    fc.assert(
      fc.property(keystrokes, fc.constantFrom('all' as const, 'platform' as const, 'custom' as const), (keys, scope) => {
        const typing = new InfluencerProjection();
        typing.applyDocuments(docs);
        let text = '';
        for (const key of keys) {
          text = key === 'BACKSPACE' ? text.slice(0, -1) : key === 'CLEAR' ? '' : text + key;
          const query: ListQuery = { search: text, scope, lookups, sort: byName, archived: false };
          const fresh = new InfluencerProjection();
          fresh.applyDocuments(docs);
          expect(typing.query(query).map((r) => r.id), text).toEqual(fresh.query(query).map((r) => r.id));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers a search as a row-by-row test of the whole sorted list would, over either list', () => {
    const docs = ['ana lima', 'ana luz', 'anabel', 'bruno', 'joana', 'josé', 'jo ana', 'lima'].map((name, i) =>
      influencer({ id: `i${i}`, officialName: name, kind: i % 3 === 0 ? 'custom' : 'platform', archived: i % 4 === 0, email: i % 2 === 0 ? `${name.replace(/\W/g, '')}@mail.com` : null }),
    );
    const token = fc.constantFrom('a', 'an', 'ana', 'lima', '"ana lima"', 'jo', 'o', '@', 'email:an', 'platform:custom', 'zz');
    const query = fc.array(fc.tuple(fc.boolean(), token), { maxLength: 3 }).map((ts) => ts.map(([neg, t]) => (neg ? `-${t}` : t)).join(' '));
    fc.assert(
      fc.property(query, fc.boolean(), fc.constantFrom('all' as const, 'platform' as const, 'custom' as const), (text, archived, scope) => {
        const p = new InfluencerProjection();
        p.applyDocuments(docs);
        const search = compileSearch(text, { ...EMPTY_SEARCH_LOOKUPS, scope });
        const expected = p.query({ search: '', sort: byName, archived }).filter((r) => search.test(r)).map((r) => r.id);
        expect(p.query({ search: text, scope, sort: byName, archived }).map((r) => r.id), text).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps its sorted lists up to date across batches of changes, as a fresh projection of the result would sort', () => {
    const names = ['ana', 'Bo', 'émile', 'zed', 'joana'];
    const ids = Array.from({ length: 30 }, (_, i) => `i${i}`);
    const change = fc.record({ id: fc.constantFrom(...ids), name: fc.constantFrom(...names), custom: fc.boolean(), archived: fc.boolean(), deleted: fc.boolean(), followers: fc.option(fc.nat(3), { nil: null }) });
    const sorts = [byName, { field: 'followers', direction: 'desc' } as const, { field: 'updatedAt', direction: 'desc' } as const];
    // One search a second projection is asked after every batch: its result is then updated
    // from the changes rather than computed again.
    const watched = fc.record({ search: fc.constantFrom('an', 'platform:custom', '-zed', 'o -platform:custom'), sort: fc.constantFrom(...sorts), archived: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.array(change, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), watched, (batches, query) => {
        const p = new InfluencerProjection();
        const watcher = new InfluencerProjection();
        const latest = new Map<string, StoredInfluencer>();
        // Many rows and small batches: the lists are updated in place of a new sort.
        const seed = ids.map((id, i) => influencer({ id, officialName: names[i % names.length]!, followers: i % 4, archived: i % 5 === 0 }));
        p.applyDocuments(seed);
        watcher.applyDocuments(seed);
        for (const d of seed) latest.set(d.id, d);
        const ask = (q: InfluencerProjection, archived: boolean) => sorts.map((sort) => q.query({ search: '', sort, archived }).map((r) => r.id));
        const watch = (q: InfluencerProjection) => q.query(query).map((r) => r.id);
        watch(watcher);
        for (const batch of batches) {
          const docs = batch.map((c): StoredInfluencer => ({ ...influencer({ id: c.id, officialName: c.name, archived: c.archived, followers: c.followers, kind: c.custom ? 'custom' : 'platform', platform: c.custom ? null : 'youtube' }), _deleted: c.deleted }));
          p.applyDocuments(docs);
          watcher.applyDocuments(docs);
          for (const d of docs) latest.set(d.id, d);
          const fresh = new InfluencerProjection();
          fresh.applyDocuments([...latest.values()]);
          // Asking every time fills the sorted lists, so the next batch updates them.
          expect(ask(p, false)).toEqual(ask(fresh, false));
          expect(ask(p, true)).toEqual(ask(fresh, true));
          expect(watch(watcher)).toEqual(watch(fresh));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not count the same write applied again as a change', () => {
    const p = new InfluencerProjection();
    const doc = influencer({ id: 'same', officialName: 'Ana' });
    p.applyDocuments([doc]);
    const version = p.version;
    let notified = 0;
    p.subscribe(() => notified++);
    p.applyDocuments([{ ...doc }]);
    expect([p.version, notified]).toEqual([version, 0]);
    p.applyDocuments([{ ...doc, officialName: 'Bo', updatedAt: doc.updatedAt + 1, _meta: { lwt: doc._meta!.lwt + 1 } }]);
    expect([p.version, notified, p.getRow('same')?.name]).toEqual([version + 1, 1, 'Bo']);
  });

  it('applies updates and never lets an older write replace a newer one', () => {
    const p = new InfluencerProjection();
    const first = influencer({ id: 'a', officialName: 'Old' });
    const second = { ...first, officialName: 'New', _meta: { lwt: first._meta!.lwt + 5 } };
    p.applyDocuments([second]);
    p.applyDocuments([first]);
    expect(p.getRow('a')?.name).toBe('New');
    expect(p.checkpoint).toEqual({ id: 'a', lwt: second._meta.lwt });
  });

  it('separates archived from active influencers and drops deleted documents', () => {
    const p = new InfluencerProjection();
    p.applyDocuments([influencer({ id: 'a' }), influencer({ id: 'b', archived: true }), influencer({ id: 'c' })]);
    p.applyDocuments([{ ...influencer({ id: 'c' }), _deleted: true }]);
    expect(p.query({ search: '', sort: byName, archived: false }).map((r) => r.id)).toEqual(['a']);
    expect(p.query({ search: '', sort: byName, archived: true }).map((r) => r.id)).toEqual(['b']);
    expect(p.size).toBe(2);
  });

  it("'any' looks at both sides of the archive, for a filter with its own Archived condition", () => {
    const p = new InfluencerProjection();
    p.applyDocuments([influencer({ id: 'a' }), influencer({ id: 'b', archived: true })]);
    expect(p.query({ search: '', sort: byName, archived: 'any' }).map((r) => r.id)).toEqual(['a', 'b']);
    const archivedOnly: ListFilter = { version: 1, root: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'archived', op: 'is', value: true }] } };
    expect(p.query({ search: '', sort: byName, archived: 'any', filter: archivedOnly }).map((r) => r.id)).toEqual(['b']);
  });

  it('finds duplicates by account, link or email, and forgets keys a change removed', () => {
    const p = new InfluencerProjection();
    p.applyDocuments([influencer({ id: 'a', email: 'a@x.com' })]);
    expect(p.findDuplicate({ platform: 'youtube', platformId: '@A', link: '', email: null })).toBe('a');
    expect(p.findDuplicate({ platform: null, platformId: null, link: '', email: 'A@X.com' })).toBe('a');
    p.applyDocuments([influencer({ id: 'a', email: 'new@x.com' })]);
    expect(p.findDuplicate({ platform: null, platformId: null, link: '', email: 'a@x.com' })).toBeNull();
  });

  it('knows the links of additional channels: search finds them, and adding one finds its influencer', () => {
    const p = new InfluencerProjection();
    p.applyDocuments([
      influencer({ id: 'ana', email: 'ana@x.com', channels: [{ type: 'instagram', url: 'https://www.instagram.com/ana.cooks/' }, { type: 'x', url: 'https://x.com/anacooks' }] }),
      influencer({ id: 'bob' }),
    ]);
    expect(p.query({ search: 'ana.cooks', sort: byName, archived: false }).map((r) => r.id)).toEqual(['ana']);
    expect(p.query({ search: 'anacooks', sort: byName, archived: false }).map((r) => r.id)).toEqual(['ana']);
    // A profile link pasted in another shape still finds the influencer listing it as a channel.
    expect(p.findDuplicate({ platform: 'instagram', platformId: 'ana.cooks', link: 'https://instagram.com/Ana.Cooks?igsh=xyz', email: null })).toBe('ana');
    expect(p.hasLink('ana', 'https://www.instagram.com/ana.cooks')).toBe(true);
    expect(p.hasLink('ana', 'https://www.tiktok.com/@ana.cooks')).toBe(false);
    // Found by email only: the new link is not theirs yet (the dialog offers to add it to them).
    expect(p.findDuplicate({ platform: 'tiktok', platformId: 'ana.cooks', link: 'https://www.tiktok.com/@ana.cooks', email: 'ana@x.com' })).toBe('ana');
    // A channel removed is forgotten.
    p.applyDocuments([influencer({ id: 'ana', email: 'ana@x.com', channels: [] })]);
    expect(p.findDuplicate({ platform: 'instagram', platformId: 'ana.cooks', link: 'https://www.instagram.com/ana.cooks/', email: null })).toBeNull();
    expect(p.query({ search: 'ana.cooks', sort: byName, archived: false })).toEqual([]);
  });

  it('notifies subscribers and bumps the version on change', () => {
    const p = new InfluencerProjection();
    let calls = 0;
    const unsubscribe = p.subscribe(() => calls++);
    const before = p.version;
    p.applyDocuments([influencer({ id: 'a' })]);
    expect(calls).toBe(1);
    expect(p.version).toBeGreaterThan(before);
    unsubscribe();
    p.applyDocuments([influencer({ id: 'b' })]);
    expect(calls).toBe(1);
  });

  it('shows the saved first page for the default view until real rows arrive', () => {
    const p = new InfluencerProjection();
    const head = [influencer({ id: 'h1' }), influencer({ id: 'h2' })].map((d) => ({ ...d }));
    const seeded = new InfluencerProjection();
    seeded.applyDocuments(head);
    p.showPreview(seeded.allRows(), 50_000);
    const defaultView = { search: '', sort: { field: 'updatedAt', direction: 'desc' }, archived: false } as const;
    expect(p.ready).toBe(true);
    expect(p.previewFor(defaultView)?.total).toBe(50_000);
    expect(p.previewFor({ ...defaultView, search: 'h' })).toBeNull();
    expect(p.previewFor({ ...defaultView, sort: byName })).toBeNull();
    p.applyDocuments([influencer({ id: 'real' })]);
    expect(p.previewFor(defaultView)).toBeNull();
    // A preview never replaces rows that are already there.
    p.showPreview(seeded.allRows(), 1);
    expect(p.previewFor(defaultView)).toBeNull();
  });
});
