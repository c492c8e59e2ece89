import { describe, expect, it } from 'vitest';
import { buildEmailProject } from '../../shared/records/emailProject';
import { addMember, createTeam, ENGINES, pullAll, push, TestClock, useDatabases, useTestServer, type SyncDoc } from '../../tests/server/testServer';

const databases = useDatabases();
const row = (assumedMasterState: SyncDoc | null, newDocumentState: SyncDoc) => ({ assumedMasterState, newDocumentState });

describe.each(ENGINES)('the emailProjects collection on %s', (engine) => {
  let clock = new TestClock();
  const server = useTestServer(databases, engine, () => {
    clock = new TestClock();
    return { now: clock.now };
  });

  it("replicates every member's projects stamped by the server; refuses a bad name and a delete", async () => {
    const admin = await createTeam(server.app);
    const member = await addMember(server.app, admin, 'member');
    const built = buildEmailProject('Summer launch', { id: 'proj-1', actorId: member.member.id, now: 1 });
    if (!built.ok) throw new Error(built.reason);
    const project: SyncDoc = { ...built.project };
    expect((await push(server.app, member.token, 'emailProjects', [row(null, project)])).json()).toEqual([]);
    const stored = { ...project, updatedAt: clock.ms, updatedBy: member.member.id, _deleted: false };
    expect((await pullAll(server.app, admin.token, 'emailProjects')).documents).toEqual([stored]);

    expect((await push(server.app, member.token, 'emailProjects', [row(null, { ...project, id: 'proj-2', name: '' })])).statusCode).toBe(400);
    const deleted = await push(server.app, admin.token, 'emailProjects', [row(stored, { ...stored, _deleted: true })]);
    expect(deleted.json()).toHaveLength(1); // a conflict: the project stays
    expect((await pullAll(server.app, admin.token, 'emailProjects')).documents.map((d) => [d.id, d._deleted])).toEqual([['proj-1', false]]);
  });
});
