import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { openEventStream } from '../../tests/server/sseClient';
import {
  activityDoc, addMember, bearer, create, createGroup, createTeam, ENGINES, influencerDoc, pullAll, push, TestClock, useDatabases, useTestServer, type SignedIn, type SyncDoc,
} from '../../tests/server/testServer';

/**
 * A Member's client that does not play by the rules, straight against the HTTP API: none of
 * it is applied, each attempt gets the contract's answer, and nothing else in the same batch
 * is lost. The server runs its real permission hooks (no test hooks).
 */
const databases = useDatabases();

const row = (assumedMasterState: SyncDoc | null, newDocumentState: SyncDoc) => ({ assumedMasterState, newDocumentState });
const errorOf = (res: LightMyRequestResponse) => ({ status: res.statusCode, code: (res.json() as { error?: { code?: string } }).error?.code });

describe.each(ENGINES)('a hostile client on %s', (engine) => {
  let clock = new TestClock();
  const server = useTestServer(databases, engine, () => {
    clock = new TestClock();
    return { now: clock.now };
  });
  const influencers = async (who: SignedIn) => new Map((await pullAll(server.app, who.token, 'influencers')).documents.map((d) => [d.id as string, d]));
  const activities = async (who: SignedIn) => (await pullAll(server.app, who.token, 'activities')).documents;

  /** Ada (Administrator) owns `adas`; Mo (a Member of Sales) owns `mos`; `free` has no liaison. */
  async function team() {
    const admin = await createTeam(server.app);
    const sales = await createGroup(server.app, admin, 'Sales');
    const member = await addMember(server.app, admin, 'member', sales);
    await create(server.app, admin.token, 'influencers', [
      influencerDoc('adas', { liaisonId: admin.member.id, createdBy: admin.member.id, email: 'old@x.com' }),
      influencerDoc('free', { liaisonId: null, createdBy: admin.member.id }),
      influencerDoc('platform', { kind: 'platform', platform: 'youtube', platformId: '@p', link: 'https://www.youtube.com/@p', liaisonId: member.member.id, createdBy: admin.member.id }),
    ]);
    await create(server.app, member.token, 'influencers', [influencerDoc('mos', { liaisonId: member.member.id, createdBy: member.member.id })]);
    await create(server.app, admin.token, 'activities', [activityDoc('act-1', { influencerId: 'adas', actorId: admin.member.id, kind: 'created' })]);
    const docs = await influencers(admin);
    const get = (id: string): SyncDoc => {
      const doc = docs.get(id);
      if (doc === undefined) throw new Error(`no ${id}`);
      return doc;
    };
    return { admin, member, sales, get };
  }

  it('a Member pushing changes to forbidden fields: the server keeps its values, logs change_rejected, and writes the rest of the batch', async () => {
    const { admin, member, get } = await team();
    const adas = get('adas');
    const forbidden = { ...adas, customName: 'Mine now', status: 'contacted', archived: true, liaisonId: member.member.id, link: 'https://evil.example', email: 'new@x.com' };
    const platform = get('platform');
    const mos = get('mos');
    clock.advance(1000);
    const res = await push(server.app, member.token, 'influencers', [
      row(adas, forbidden),
      row(platform, { ...platform, link: 'https://www.youtube.com/@other' }), // even its liaison may not
      row(mos, { ...mos, status: 'contacted', archived: true }), // their own: allowed
      row(null, influencerDoc('new-one', { liaisonId: member.member.id, createdBy: member.member.id })),
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]); // applied, partly: not a conflict

    const after = await influencers(member); // what the next pull brings back to the app
    expect(after.get('adas')).toEqual({ ...adas, email: 'new@x.com', updatedAt: clock.ms, updatedBy: member.member.id });
    expect(after.get('platform')).toEqual(platform); // nothing else changed: the document as it was, pulled again
    expect(after.get('mos')).toMatchObject({ status: 'contacted', archived: true });
    expect(after.has('new-one')).toBe(true);

    const rejected = (await activities(member)).filter((a) => a.kind === 'change_rejected');
    expect(rejected.map((a) => [a.influencerId, a.field, a.from, a.to, a.actorId, a.at])).toEqual([
      ['adas', 'customName', '"Mine now"', 'null', member.member.id, clock.ms],
      ['adas', 'link', '"https://evil.example"', '""', member.member.id, clock.ms],
      ['adas', 'status', '"contacted"', '"not_collaborated"', member.member.id, clock.ms],
      ['adas', 'liaisonId', JSON.stringify(member.member.id), JSON.stringify(admin.member.id), member.member.id, clock.ms],
      ['adas', 'archived', 'true', 'false', member.member.id, clock.ms],
      ['platform', 'link', '"https://www.youtube.com/@other"', '"https://www.youtube.com/@p"', member.member.id, clock.ms],
    ]);
  });

  it('recording results are the server\'s: a client cannot make its own influencer a platform one or mark it recorded', async () => {
    const { member, get } = await team();
    const mos = get('mos');
    const recorded = { state: 'recorded', requestedAt: 1, requestedBy: member.member.id, startedAt: 2, finishedAt: 3, failureCode: null, failureReason: null };
    const res = await push(server.app, member.token, 'influencers', [row(mos, { ...mos, kind: 'platform', platform: 'youtube', platformId: '@mine', recording: recorded, email: 'mine@x.com' })]);
    expect(res.json()).toEqual([]);
    const after = (await influencers(member)).get('mos');
    expect(after).toMatchObject({ kind: 'custom', platform: null, platformId: null, email: 'mine@x.com' });
    expect(after).not.toHaveProperty('recording');
    const rejected = (await activities(member)).filter((a) => a.kind === 'change_rejected').map((a) => a.field);
    expect(rejected.sort()).toEqual(['kind', 'platform', 'platformId', 'recording']);
  });

  it('a Member pushing to another team\'s influencer ids touches only their own team', async () => {
    const { admin, member, get } = await team();
    const adas = get('adas');
    const outsider = await createTeam(server.app);
    // The outsider knows the id and even the document: pushing it creates their own copy.
    const res = await push(server.app, outsider.token, 'influencers', [row(adas, { ...adas, archived: true, customName: 'Stolen' }), row(null, { ...get('mos'), status: 'rejected' })]);
    expect(res.json()).toEqual([]);
    expect(await influencers(admin)).toEqual(await influencers(member));
    expect((await influencers(admin)).get('adas')).toEqual(adas);
    expect([...(await influencers(outsider)).keys()].sort()).toEqual(['adas', 'mos']);
    // Nor can they read, change or stream the team through the other routes.
    expect((await activities(outsider)).filter((a) => a.influencerId === 'adas' && a.kind !== 'change_rejected')).toEqual([]);
    expect(errorOf(await server.app.inject({ method: 'PATCH', url: `/api/members/${member.member.id}`, headers: bearer(outsider.token), payload: { role: 'admin' } }))).toEqual({ status: 404, code: 'not_found' });
  });

  it('deleting: influencers and activities are never deleted (conflicts with the server\'s document); the rest of the batch is written', async () => {
    const { member, get } = await team();
    const mos = get('mos');
    const free = get('free');
    const res = await push(server.app, member.token, 'influencers', [row(mos, { ...mos, _deleted: true }), row(free, { ...free, email: 'kept@x.com' })]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([mos]);
    const after = await influencers(member);
    expect(after.get('mos')).toEqual(mos);
    expect(after.get('free')).toMatchObject({ email: 'kept@x.com', _deleted: false });
    const [act] = await activities(member);
    const del = await push(server.app, member.token, 'activities', [row(act!, { ...act!, _deleted: true }), row(null, activityDoc('act-2', { influencerId: 'free', actorId: member.member.id }))]);
    expect(del.json()).toEqual([act]);
    expect((await activities(member)).map((a) => [a.id, a._deleted])).toEqual([['act-1', false], ['act-2', false]]);
  });

  it('rewriting activities: a changed entry is a conflict; a new entry cannot speak for another member', async () => {
    const { admin, member } = await team();
    const [act] = await activities(member);
    const res = await push(server.app, member.token, 'activities', [
      row(act!, { ...act!, actorId: member.member.id, to: '"something else"' }),
      row(null, activityDoc('forged', { influencerId: 'adas', actorId: admin.member.id, kind: 'field_changed', field: 'status' })),
      row(null, activityDoc('demo', { influencerId: 'adas', actorId: 'member-olivia' })), // not a member of the team: demo data
    ]);
    expect(res.json()).toEqual([act]);
    const after = new Map((await activities(admin)).map((a) => [a.id, a]));
    expect(after.get('act-1')).toEqual(act);
    expect(after.get('forged')).toMatchObject({ actorId: member.member.id });
    expect(after.get('demo')).toMatchObject({ actorId: 'member-olivia' });
  });

  it('escalating their own role: member documents, settings and Team settings routes all answer 403; nothing changes', async () => {
    const { admin, member, sales, get } = await team();
    const own = (await pullAll(server.app, member.token, 'members')).documents.find((m) => m.id === member.member.id)!;
    const attempts = [
      push(server.app, member.token, 'members', [row(own, { ...own, role: 'admin', groupId: null })]),
      push(server.app, member.token, 'members', [row(null, { ...own, id: 'fake-admin', role: 'admin', groupId: null })]),
      push(server.app, member.token, 'groups', [row(null, { id: sales, name: 'Mine', leaderId: member.member.id, createdAt: 1, updatedAt: 1 })]),
      push(server.app, member.token, 'settings', [row(null, { id: 'data_management', value: { version: 1, grants: allGrantedToMembers() }, updatedAt: 1, updatedBy: member.member.id })]),
      server.app.inject({ method: 'PATCH', url: `/api/members/${member.member.id}`, headers: bearer(member.token), payload: { role: 'admin' } }),
      server.app.inject({ method: 'PATCH', url: `/api/groups/${sales}`, headers: bearer(member.token), payload: { leaderId: member.member.id } }),
      server.app.inject({ method: 'POST', url: '/api/members', headers: bearer(member.token), payload: { name: 'Alt', email: 'alt@x.com', password: 'long enough 1', role: 'admin' } }),
    ];
    for (const res of await Promise.all(attempts)) expect(errorOf(res)).toEqual({ status: 403, code: 'forbidden' });
    const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(member.token) });
    expect(me.json().member).toMatchObject({ role: 'member', groupId: sales });
    expect((await pullAll(server.app, admin.token, 'members')).documents.map((m) => m.role).sort()).toEqual(['admin', 'member']);
    expect((await pullAll(server.app, admin.token, 'settings')).documents).toEqual([]);
    // And the permission rules still hold for them.
    const adas = get('adas');
    await push(server.app, member.token, 'influencers', [row(adas, { ...adas, archived: true })]);
    expect((await influencers(admin)).get('adas')).toMatchObject({ archived: false });
  });

  it("using a deactivated member's token: every route answers 401, nothing is written", async () => {
    const { admin, member, get } = await team();
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(`${base}/api/sync/influencers/stream?token=${member.token}`);
    expect(JSON.parse(await stream.next())).toBe('RESYNC');
    expect((await server.app.inject({ method: 'POST', url: `/api/members/${member.member.id}/deactivate`, headers: bearer(admin.token) })).statusCode).toBe(200);
    const mos = get('mos');
    const attempts = [
      push(server.app, member.token, 'influencers', [row(mos, { ...mos, archived: true })]),
      push(server.app, member.token, 'activities', [row(null, activityDoc('late', { actorId: member.member.id }))]),
      server.app.inject({ method: 'GET', url: '/api/sync/influencers/pull', headers: bearer(member.token) }),
      server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(member.token) }),
      server.app.inject({ method: 'GET', url: `/api/sync/influencers/stream?token=${member.token}` }),
    ];
    for (const res of await Promise.all(attempts)) expect(errorOf(res)).toEqual({ status: 401, code: 'unauthorized' });
    const login = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: member.member.email, password: 'member password 1' } });
    expect(errorOf(login)).toEqual({ status: 401, code: 'member_deactivated' });
    expect((await influencers(admin)).get('mos')).toEqual(mos);
    expect((await activities(admin)).map((a) => a.id)).toEqual(['act-1']);
    stream.close();
  });

  it('what an Administrator grants is what the server allows: the same push goes through once granted', async () => {
    const { admin, member, get } = await team();
    const adas = get('adas');
    const attempt = { ...adas, status: 'contacted' };
    await push(server.app, member.token, 'influencers', [row(adas, attempt)]);
    expect((await influencers(admin)).get('adas')).toMatchObject({ status: 'not_collaborated' });
    const none = { admins: false, liaisonGroupLeader: false, allLeaders: false, allMembers: false };
    const grants = { name: none, link: none, status: { ...none, allMembers: true }, liaison: none, archive: none };
    expect((await push(server.app, admin.token, 'settings', [row(null, { id: 'data_management', value: { version: 1, grants }, updatedAt: 0, updatedBy: '' })])).json()).toEqual([]);
    const current = (await influencers(member)).get('adas')!;
    expect((await push(server.app, member.token, 'influencers', [row(current, { ...current, status: 'contacted', archived: true })])).json()).toEqual([]);
    expect((await influencers(admin)).get('adas')).toMatchObject({ status: 'contacted', archived: false });
  });
});

function allGrantedToMembers() {
  const all = { admins: true, liaisonGroupLeader: true, allLeaders: true, allMembers: true };
  return { name: all, link: all, status: all, liaison: all, archive: all };
}
