import { describe, expect, it } from 'vitest';
import { addMember, createTeam, ENGINES, pullAll, push, TestClock, useDatabases, useTestServer, type SyncDoc } from '../../tests/server/testServer';

const databases = useDatabases();
const row = (assumedMasterState: SyncDoc | null, newDocumentState: SyncDoc) => ({ assumedMasterState, newDocumentState });

function label(id: string, name: string, by: string): SyncDoc {
  return { id, name, color: '#1e88e5', isDeleted: false, mergedInto: null, createdAt: 1, createdBy: by, updatedAt: 1, updatedBy: by, _deleted: false };
}

describe.each(ENGINES)('the labels collection on %s', (engine) => {
  let clock = new TestClock();
  const server = useTestServer(databases, engine, () => {
    clock = new TestClock();
    return { now: clock.now };
  });

  it('every member creates and renames labels; a bad color is refused; a taken name becomes "Name (2)" with a logged refusal', async () => {
    const admin = await createTeam(server.app);
    const member = await addMember(server.app, admin, 'member');
    const gaming = label('l-1', 'Gaming', member.member.id);
    expect((await push(server.app, member.token, 'labels', [row(null, gaming)])).json()).toEqual([]);
    expect((await push(server.app, member.token, 'labels', [row(null, { ...label('l-2', 'Tech', member.member.id), color: 'blue' })])).statusCode).toBe(400);

    // Two new labels named like Gaming in one push (created offline by two windows): both kept, numbered.
    const twins = [row(null, label('l-3', 'gaming', admin.member.id)), row(null, label('l-4', 'GAMING', admin.member.id))];
    expect((await push(server.app, admin.token, 'labels', twins)).json()).toEqual([]);
    const names = (await pullAll(server.app, admin.token, 'labels')).documents.map((d) => [d.id, d.name]);
    expect(names).toEqual([['l-1', 'Gaming'], ['l-3', 'gaming (2)'], ['l-4', 'GAMING (3)']]);
    const refusals = (await pullAll(server.app, admin.token, 'activities')).documents.filter((a) => a.kind === 'change_rejected');
    expect(refusals.map((a) => [a.influencerId, a.field, a.from, a.to])).toEqual([
      ['l-3', 'name', '"gaming"', '"gaming (2)"'],
      ['l-4', 'name', '"GAMING"', '"GAMING (3)"'],
    ]);
  });

  it("keeps a member's delete from happening (only Administrators delete or merge), and never removes a label", async () => {
    const admin = await createTeam(server.app);
    const member = await addMember(server.app, admin, 'member');
    const stored = { ...label('l-1', 'Gaming', member.member.id), updatedAt: clock.ms, updatedBy: member.member.id };
    await push(server.app, member.token, 'labels', [row(null, label('l-1', 'Gaming', member.member.id))]);

    clock.advance(1000);
    expect((await push(server.app, member.token, 'labels', [row(stored, { ...stored, isDeleted: true, name: 'Games' })])).json()).toEqual([]);
    const [afterMember] = (await pullAll(server.app, admin.token, 'labels')).documents;
    expect(afterMember).toMatchObject({ name: 'Games', isDeleted: false });

    clock.advance(1000);
    expect((await push(server.app, admin.token, 'labels', [row(afterMember ?? null, { ...afterMember, isDeleted: true })])).json()).toEqual([]);
    const [afterAdmin] = (await pullAll(server.app, admin.token, 'labels')).documents;
    expect(afterAdmin).toMatchObject({ isDeleted: true, updatedBy: admin.member.id });
    // Removing the document itself is a conflict: influencers may still carry its id.
    const removal = await push(server.app, admin.token, 'labels', [row(afterAdmin ?? null, { ...afterAdmin, _deleted: true })]);
    expect(removal.json()).toEqual([afterAdmin]);
  });
});
