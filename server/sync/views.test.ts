import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { viewFixture } from '../../shared/views/viewFixtures';
import { addMember, createTeam, ENGINES, pullAll, push, TestClock, useDatabases, useTestServer, type SignedIn, type SyncDoc } from '../../tests/server/testServer';

/**
 * Saved views over HTTP, with a client that does not play by the rules: only a view's owner
 * changes, shares or deletes it; anyone else's attempt is a conflict answered with the stored
 * view, which stays as it was, and the rest of the batch is written.
 */
const databases = useDatabases();
const row = (assumedMasterState: SyncDoc | null, newDocumentState: SyncDoc) => ({ assumedMasterState, newDocumentState });

describe.each(ENGINES)('the views collection on %s', (engine) => {
  let clock = new TestClock();
  const server = useTestServer(databases, engine, () => {
    clock = new TestClock();
    return { now: clock.now };
  });
  const views = async (who: SignedIn) => new Map((await pullAll(server.app, who.token, 'views')).documents.map((d) => [d.id as string, d]));

  async function team() {
    const admin = await createTeam(server.app);
    const member = await addMember(server.app, admin, 'member');
    const adas = { ...viewFixture({ id: 'adas', ownerId: admin.member.id, updatedBy: admin.member.id, sharing: 'team' }) } as unknown as SyncDoc;
    expect((await push(server.app, admin.token, 'views', [row(null, adas)])).json()).toEqual([]);
    const stored = (await views(admin)).get('adas')!;
    return { admin, member, stored };
  }

  it("replicates a member's view to the team, stamped by the server, its owner the pusher", async () => {
    const { admin, member } = await team();
    // A new view claiming another owner becomes the pusher's own.
    const claimed = viewFixture({ id: 'mine', ownerId: admin.member.id, updatedBy: admin.member.id }) as unknown as SyncDoc;
    expect((await push(server.app, member.token, 'views', [row(null, claimed)])).json()).toEqual([]);
    expect((await views(admin)).get('mine')).toEqual({ ...claimed, ownerId: member.member.id, updatedAt: clock.ms, updatedBy: member.member.id, _deleted: false });
  });

  it("another member cannot change, rename, take over or delete a view: each is a conflict, the view stays, the rest of the batch is written", async () => {
    const { admin, member, stored } = await team();
    const own = viewFixture({ id: 'own', ownerId: member.member.id, updatedBy: member.member.id }) as unknown as SyncDoc;
    clock.advance(1000);
    const attempts: [string, SyncDoc][] = [
      ['rename', { ...stored, name: 'Mine now' }],
      ['take over', { ...stored, ownerId: member.member.id }],
      ['unshare', { ...stored, sharing: 'private' }],
      ['delete', { ...stored, _deleted: true }],
    ];
    for (const [what, attempt] of attempts) {
      const res = await push(server.app, member.token, 'views', [row(stored, attempt), row(null, { ...own, id: `own-${what}` })]);
      expect(res.statusCode, what).toBe(200);
      expect(res.json(), what).toEqual([stored]);
    }
    const after = await views(admin);
    expect(after.get('adas')).toEqual(stored);
    expect([...after.keys()].filter((id) => id.startsWith('own-'))).toHaveLength(attempts.length);
  });

  it('the owner changes and deletes their view; they cannot hand it to someone else', async () => {
    const { admin, member, stored } = await team();
    clock.advance(1000);
    const renamed = { ...stored, name: 'Renamed', sharing: 'members', sharedWith: [member.member.id] };
    expect((await push(server.app, admin.token, 'views', [row(stored, renamed)])).json()).toEqual([]);
    const current = (await views(member)).get('adas')!;
    expect(current).toMatchObject({ name: 'Renamed', sharing: 'members', sharedWith: [member.member.id], updatedAt: clock.ms });
    expect((await push(server.app, admin.token, 'views', [row(current, { ...current, ownerId: member.member.id })])).json()).toEqual([current]);
    expect((await push(server.app, admin.token, 'views', [row(current, { ...current, _deleted: true })])).json()).toEqual([]);
    expect((await views(member)).get('adas')).toMatchObject({ _deleted: true });
  });

  it('refuses a view that breaks the rules with 400, naming the field: a bad filter, an unknown sort, sharing without members', async () => {
    const { member } = await team();
    const base = viewFixture({ ownerId: member.member.id, updatedBy: member.member.id }) as unknown as SyncDoc;
    const bad: [SyncDoc, RegExp][] = [
      [{ ...base, id: 'b1', filter: { version: 1, root: { type: 'group', combinator: 'xor', children: [] } } }, /filter\.root\.combinator/],
      [{ ...base, id: 'b2', sortField: 'password' }, /sortField/],
      [{ ...base, id: 'b3', sharing: 'members', sharedWith: [] }, /sharedWith/],
      [{ ...base, id: 'b4', name: '   ' }, /name/],
    ];
    for (const [doc, field] of bad) {
      const res: LightMyRequestResponse = await push(server.app, member.token, 'views', [row(null, doc)]);
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json())).toMatch(field);
    }
    expect([...(await views(member)).keys()]).toEqual(['adas']);
  });
});
