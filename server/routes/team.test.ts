import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { groupSchema } from '../../shared/schemas/groupSchema';
import { memberSchema } from '../../shared/schemas/memberSchema';
import { validateDocument, type SchemaNode } from '../../shared/schemas/validateDocument';
import type { Group } from '../../shared/team/group';
import type { Member } from '../../shared/team/member';
import {
  addMember, bearer, createGroup, createTeam, ENGINES, influencerDoc, create, pullAll, push, TestClock, uniqueEmail, useDatabases, useTestServer, type SignedIn, type SyncDoc,
} from '../../tests/server/testServer';

const databases = useDatabases();

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A pulled document, checked against the collection's schema (the app's RxDB accepts exactly these). */
function replicated<T>(schema: SchemaNode, doc: SyncDoc): T & { _deleted: boolean } {
  const { _deleted: deleted, ...fields } = doc;
  expect(validateDocument(schema, fields)).toEqual({ ok: true });
  expect(typeof deleted).toBe('boolean');
  return doc as unknown as T & { _deleted: boolean }; // checked just above
}
const errorOf = (res: LightMyRequestResponse) => ({ status: res.statusCode, code: (res.json() as { error?: { code?: string } }).error?.code });

describe.each(ENGINES)('Team settings API on %s', (engine) => {
  let clock = new TestClock();
  const server = useTestServer(databases, engine, () => {
    clock = new TestClock();
    return { now: clock.now };
  });
  const call = (method: Method, url: string, token: string | null, payload?: object) =>
    server.app.inject({ method, url, headers: token === null ? {} : bearer(token), ...(payload === undefined ? {} : { payload }) });
  const members = async (who: SignedIn) => (await pullAll(server.app, who.token, 'members')).documents.map((doc) => replicated<Member>(memberSchema, doc));
  const groups = async (who: SignedIn) => (await pullAll(server.app, who.token, 'groups')).documents.map((doc) => replicated<Group>(groupSchema, doc));
  const me = async (who: SignedIn) => (await call('GET', '/api/me', who.token)).json<{ member: SignedIn['member'] }>().member;

  /** A team: admin; group Sales led by `leader` with `member`; `loner` in no group. */
  async function team() {
    const admin = await createTeam(server.app);
    const sales = await createGroup(server.app, admin, 'Sales');
    const leader = await addMember(server.app, admin, 'leader', sales);
    const member = await addMember(server.app, admin, 'member', sales);
    const loner = await addMember(server.app, admin, 'member');
    return { admin, sales, leader, member, loner };
  }

  describe('replicated members and groups', () => {
    it('every member pulls the team read-only: members without password data, groups with their leader', async () => {
      const { admin, sales, leader, member, loner } = await team();
      const docs = await members(member);
      expect(docs.map((m) => [m.id, m.role, m.groupId, m.active])).toEqual([
        [admin.member.id, 'admin', null, true],
        [leader.member.id, 'leader', sales, true],
        [member.member.id, 'member', sales, true],
        [loner.member.id, 'member', null, true],
      ]);
      expect(docs[0]).toEqual({ id: admin.member.id, name: 'Ada Admin', email: admin.member.email, role: 'admin', groupId: null, active: true, createdAt: clock.ms, updatedAt: clock.ms, _deleted: false });
      expect(JSON.stringify(docs)).not.toMatch(/password|scrypt|hash/i);
      expect(await groups(loner)).toEqual([{ id: sales, name: 'Sales', leaderId: leader.member.id, createdAt: clock.ms, updatedAt: clock.ms, _deleted: false }]);
    });

    it('nobody pushes members or groups, Administrators included: 403, nothing written', async () => {
      const { admin, member } = await team();
      const [own] = (await members(member)).filter((m) => m.id === member.member.id);
      for (const who of [admin, member]) {
        const res = await push(server.app, who.token, 'members', [{ assumedMasterState: own, newDocumentState: { ...own, role: 'admin' } }]);
        expect(errorOf(res)).toEqual({ status: 403, code: 'forbidden' });
        expect(errorOf(await push(server.app, who.token, 'groups', []))).toEqual({ status: 403, code: 'forbidden' });
      }
      expect((await members(admin)).find((m) => m.id === member.member.id)?.role).toBe('member');
    });
  });

  describe('POST /api/members', () => {
    it('a new Team Leader takes over the group; the notice says so and the old leader becomes a Member', async () => {
      const { admin, sales, leader } = await team();
      const res = await call('POST', '/api/members', admin.token, { name: 'Nia', email: uniqueEmail(), password: 'member password 1', role: 'leader', groupId: sales });
      expect(res.statusCode).toBe(201);
      expect(res.json().notices).toEqual(['A leader is no longer Team Leader of Sales; they stay in the group as a Member.']);
      expect(await me(leader)).toMatchObject({ role: 'member', groupId: sales });
      expect((await groups(admin))[0]?.leaderId).toBe(res.json().member.id);
    });

    it('answers 409 for a Team Leader without a group or an Administrator in one, 404 for an unknown group', async () => {
      const { admin, sales } = await team();
      const add = (role: string, groupId: string | null) => call('POST', '/api/members', admin.token, { name: 'X', email: uniqueEmail(), password: 'member password 1', role, groupId });
      expect(errorOf(await add('leader', null))).toEqual({ status: 409, code: 'leader_needs_group' });
      expect(errorOf(await add('admin', sales))).toEqual({ status: 409, code: 'administrator_in_group' });
      expect(errorOf(await add('member', 'no-such-group'))).toEqual({ status: 404, code: 'not_found' });
      expect(await members(admin)).toHaveLength(4); // nothing added
    });
  });

  describe('PATCH /api/members/:id', () => {
    it('promoting a Team Leader to Administrator: they leave the group, which has no leader; accounts follow', async () => {
      const { admin, sales, leader } = await team();
      clock.advance(1000);
      const res = await call('PATCH', `/api/members/${leader.member.id}`, admin.token, { role: 'admin' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        member: { ...(await members(admin)).find((m) => m.id === leader.member.id), _deleted: undefined },
        members: [expect.objectContaining({ id: leader.member.id, role: 'admin', groupId: null, updatedAt: clock.ms })],
        groups: [{ id: sales, name: 'Sales', leaderId: null, createdAt: clock.ms - 1000, updatedAt: clock.ms }],
        notices: ['Sales has no Team Leader now. An Administrator can set one in Team settings.', 'A leader is now an Administrator and has left Sales.'],
      });
      expect(await me(leader)).toMatchObject({ role: 'admin', groupId: null }); // the account row too
      expect((await groups(leader))[0]?.leaderId).toBeNull();
      // Now an Administrator, they may change members themselves.
      expect((await call('PATCH', `/api/members/${admin.member.id}`, leader.token, { name: 'Ada A.' })).statusCode).toBe(200);
    });

    it('moves a member between groups and renames them', async () => {
      const { admin, member, loner } = await team();
      const design = await createGroup(server.app, admin, 'Design');
      const res = await call('PATCH', `/api/members/${member.member.id}`, admin.token, { groupId: design, name: '  Mo  Member ' });
      expect(res.json().member).toMatchObject({ groupId: design, name: 'Mo Member', role: 'member' });
      expect(await me(member)).toMatchObject({ groupId: design, name: 'Mo Member' });
      expect((await call('PATCH', `/api/members/${loner.member.id}`, admin.token, { groupId: design })).json().member.groupId).toBe(design);
      expect((await call('PATCH', `/api/members/${loner.member.id}`, admin.token, { groupId: null })).json().member.groupId).toBeNull();
    });

    it('answers 409 for the team rules: the last Administrator, a leader without a group, an Administrator in a group', async () => {
      const { admin, sales, loner } = await team();
      expect(errorOf(await call('PATCH', `/api/members/${admin.member.id}`, admin.token, { role: 'member' }))).toEqual({ status: 409, code: 'last_administrator' });
      expect(errorOf(await call('PATCH', `/api/members/${loner.member.id}`, admin.token, { role: 'leader' }))).toEqual({ status: 409, code: 'leader_needs_group' });
      expect(errorOf(await call('PATCH', `/api/members/${loner.member.id}`, admin.token, { role: 'admin', groupId: sales }))).toEqual({ status: 409, code: 'administrator_in_group' });
      const res = await call('PATCH', `/api/members/${admin.member.id}`, admin.token, { role: 'member' });
      expect(res.json().error.message).toBe("Ada Admin is the team's only Administrator: make someone else Administrator first.");
    });

    it('answers 400 with details, 401 without a token, 403 for leaders and members, 404 for unknown or other teams\' members', async () => {
      const { admin, leader, member } = await team();
      const other = await createTeam(server.app);
      const url = `/api/members/${member.member.id}`;
      const bad = await call('PATCH', url, admin.token, { role: 'owner', groupId: 5, color: 'red' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details).toEqual(['color: unknown field', 'role: must be one of admin, leader, member', 'groupId: must be null or a string of 1 to 64 characters']);
      expect((await call('PATCH', url, admin.token, {})).json().error.details).toEqual(['body: give at least one of name, role, groupId']);
      expect((await call('PATCH', url, admin.token, { name: ' ' })).json().error.details).toEqual(['name: must not be empty']);
      expect(errorOf(await call('PATCH', url, null, { role: 'admin' }))).toEqual({ status: 401, code: 'unauthorized' });
      for (const caller of [leader, member]) expect(errorOf(await call('PATCH', url, caller.token, { role: 'admin' }))).toEqual({ status: 403, code: 'forbidden' });
      expect(errorOf(await call('PATCH', '/api/members/nobody', admin.token, { role: 'admin' }))).toEqual({ status: 404, code: 'not_found' });
      expect(errorOf(await call('PATCH', url, other.token, { role: 'admin' }))).toEqual({ status: 404, code: 'not_found' });
      expect(await me(member)).toMatchObject({ role: 'member' });
    });
  });

  describe('POST /api/members/:id/deactivate', () => {
    it('ends their sessions and sign-ins; their history stays; a deactivated leader leaves the group without a leader', async () => {
      const { admin, sales, leader } = await team();
      await create(server.app, leader.token, 'influencers', [influencerDoc('theirs', { liaisonId: leader.member.id, createdBy: leader.member.id })]);
      const res = await call('POST', `/api/members/${leader.member.id}/deactivate`, admin.token);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        member: { id: leader.member.id, active: false, role: 'member', groupId: null },
        groups: [{ id: sales, leaderId: null }],
        notices: ['Sales has no Team Leader now. An Administrator can set one in Team settings.'],
      });
      expect(errorOf(await call('GET', '/api/me', leader.token))).toEqual({ status: 401, code: 'unauthorized' });
      const login = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: leader.member.email, password: 'member password 1' } });
      expect(errorOf(login)).toEqual({ status: 401, code: 'member_deactivated' });
      expect(login.json().error.message).toBe('This account has been deactivated by an Administrator.');
      expect((await pullAll(server.app, admin.token, 'influencers')).documents[0]).toMatchObject({ id: 'theirs', liaisonId: leader.member.id });
      expect((await members(admin)).find((m) => m.id === leader.member.id)).toMatchObject({ active: false, name: 'A leader' });
      // Twice is fine and changes nothing.
      expect((await call('POST', `/api/members/${leader.member.id}/deactivate`, admin.token)).json()).toMatchObject({ members: [], groups: [] });
    });

    it('answers 409 for oneself, 403 for non-Administrators, 404 for other teams', async () => {
      const { admin, member } = await team();
      const other = await createTeam(server.app);
      expect(errorOf(await call('POST', `/api/members/${admin.member.id}/deactivate`, admin.token))).toEqual({ status: 409, code: 'cannot_deactivate_self' });
      expect(errorOf(await call('POST', `/api/members/${admin.member.id}/deactivate`, member.token))).toEqual({ status: 403, code: 'forbidden' });
      expect(errorOf(await call('POST', `/api/members/${member.member.id}/deactivate`, other.token))).toEqual({ status: 404, code: 'not_found' });
      expect((await call('GET', '/api/me', member.token)).statusCode).toBe(200);
    });
  });

  describe('groups', () => {
    it('POST /api/groups creates an empty group; names are unique within the team', async () => {
      const { admin, member } = await team();
      const res = await call('POST', '/api/groups', admin.token, { name: '  Field  ops ' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual({ group: { id: expect.any(String), name: 'Field ops', leaderId: null, createdAt: clock.ms, updatedAt: clock.ms }, members: [], groups: [res.json().group], notices: [] });
      expect((await groups(member)).map((g) => g.name)).toEqual(['Sales', 'Field ops']);
      expect(errorOf(await call('POST', '/api/groups', admin.token, { name: 'field OPS' }))).toEqual({ status: 409, code: 'group_name_taken' });
      expect(errorOf(await call('POST', '/api/groups', admin.token, { name: '' }))).toEqual({ status: 400, code: 'invalid_request' });
      expect(errorOf(await call('POST', '/api/groups', member.token, { name: 'Mine' }))).toEqual({ status: 403, code: 'forbidden' });
      // Another team may use the same name.
      expect((await call('POST', '/api/groups', (await createTeam(server.app)).token, { name: 'Sales' })).statusCode).toBe(201);
    });

    it('PATCH /api/groups/:id renames and sets the leader among its members; the previous leader becomes a Member', async () => {
      const { admin, sales, leader, member, loner } = await team();
      const res = await call('PATCH', `/api/groups/${sales}`, admin.token, { name: 'Sales EU', leaderId: member.member.id });
      expect(res.statusCode).toBe(200);
      expect(res.json().group).toMatchObject({ name: 'Sales EU', leaderId: member.member.id });
      expect(res.json().notices).toEqual(['A leader is no longer Team Leader of Sales EU; they stay in the group as a Member.']);
      expect(await me(member)).toMatchObject({ role: 'leader' });
      expect(await me(leader)).toMatchObject({ role: 'member', groupId: sales });
      expect(errorOf(await call('PATCH', `/api/groups/${sales}`, admin.token, { leaderId: loner.member.id }))).toEqual({ status: 409, code: 'not_in_group' });
      expect(errorOf(await call('PATCH', `/api/groups/${sales}`, admin.token, { leaderId: admin.member.id }))).toEqual({ status: 409, code: 'not_in_group' });
      expect((await call('PATCH', `/api/groups/${sales}`, admin.token, { leaderId: null })).json().group.leaderId).toBeNull();
      expect(await me(member)).toMatchObject({ role: 'member' });
      expect(errorOf(await call('PATCH', '/api/groups/nope', admin.token, { name: 'X' }))).toEqual({ status: 404, code: 'not_found' });
      expect(errorOf(await call('PATCH', `/api/groups/${sales}`, admin.token, {}))).toEqual({ status: 400, code: 'invalid_request' });
      expect(errorOf(await call('PATCH', `/api/groups/${sales}`, leader.token, { name: 'Mine' }))).toEqual({ status: 403, code: 'forbidden' });
    });

    it('DELETE /api/groups/:id only when empty (409 otherwise); the deletion replicates', async () => {
      const { admin, sales, leader, member } = await team();
      expect(errorOf(await call('DELETE', `/api/groups/${sales}`, admin.token))).toEqual({ status: 409, code: 'group_not_empty' });
      expect((await call('DELETE', `/api/groups/${sales}`, admin.token)).json().error.message).toBe('Sales still has 2 members: move them to another group first.');
      for (const who of [member, leader]) await call('PATCH', `/api/members/${who.member.id}`, admin.token, { groupId: null });
      expect(errorOf(await call('DELETE', `/api/groups/${sales}`, member.token))).toEqual({ status: 403, code: 'forbidden' });
      const res = await call('DELETE', `/api/groups/${sales}`, admin.token);
      expect(res.statusCode).toBe(204);
      expect(await groups(member)).toEqual([expect.objectContaining({ id: sales, _deleted: true })]);
      expect(errorOf(await call('DELETE', `/api/groups/${sales}`, admin.token))).toEqual({ status: 404, code: 'not_found' });
    });
  });

  describe('settings', () => {
    const grantStatusToMembers = { admins: false, liaisonGroupLeader: false, allLeaders: false, allMembers: true };
    const none = { admins: false, liaisonGroupLeader: false, allLeaders: false, allMembers: false };
    const dataManagement = (status = none) => ({ id: 'data_management', value: { version: 1, grants: { name: none, link: none, status, liaison: none, archive: none } }, updatedAt: 1, updatedBy: 'x', _deleted: false });

    it('Administrators push settings (stamped by the server); everyone pulls them', async () => {
      const { admin, member } = await team();
      const res = await push(server.app, admin.token, 'settings', [{ assumedMasterState: null, newDocumentState: dataManagement(grantStatusToMembers) }]);
      expect(res.json()).toEqual([]);
      expect((await pullAll(server.app, member.token, 'settings')).documents).toEqual([{ ...dataManagement(grantStatusToMembers), updatedAt: clock.ms, updatedBy: admin.member.id }]);
    });

    it('others get 403 and nothing is written; unknown keys and malformed values get 400', async () => {
      const { admin, leader, member } = await team();
      for (const who of [leader, member]) {
        expect(errorOf(await push(server.app, who.token, 'settings', [{ assumedMasterState: null, newDocumentState: dataManagement(grantStatusToMembers) }]))).toEqual({ status: 403, code: 'forbidden' });
      }
      expect((await pullAll(server.app, admin.token, 'settings')).documents).toEqual([]);
      const unknown = await push(server.app, admin.token, 'settings', [{ assumedMasterState: null, newDocumentState: { ...dataManagement(), id: 'theme' } }]);
      expect(unknown.json().error.details).toEqual(['[0].newDocumentState.id: "theme" is not a team setting (data_management, status_catalog)']);
      const malformed = dataManagement({ ...none, allMembers: 'yes' } as unknown as typeof none);
      expect((await push(server.app, admin.token, 'settings', [{ assumedMasterState: null, newDocumentState: malformed }])).json().error.details).toEqual([
        '[0].newDocumentState.value.grants.status.allMembers: must be a boolean',
      ]);
    });
  });

  it('CORS preflights allow PATCH and DELETE from the app', async () => {
    const res = await server.app.inject({ method: 'OPTIONS', url: '/api/groups/x', headers: { origin: 'app://app', 'access-control-request-method': 'DELETE' } });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-methods']).toContain('PATCH');
    expect(res.headers['access-control-allow-methods']).toContain('DELETE');
  });
});
