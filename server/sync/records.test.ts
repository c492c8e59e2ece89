import { describe, expect, it } from 'vitest';
import { expense, note } from '../../shared/records/recordFixtures';
import { addMember, createTeam, ENGINES, pullAll, push, TestClock, useDatabases, useTestServer, type SyncDoc } from '../../tests/server/testServer';

const databases = useDatabases();
const row = (assumedMasterState: SyncDoc | null, newDocumentState: SyncDoc) => ({ assumedMasterState, newDocumentState });

describe.each(ENGINES)('the records collection on %s', (engine) => {
  let clock = new TestClock();
  const server = useTestServer(databases, engine, () => {
    clock = new TestClock();
    return { now: clock.now };
  });

  it("replicates every member's records, stamped by the server, and refuses what validateRecord refuses", async () => {
    const admin = await createTeam(server.app);
    const member = await addMember(server.app, admin, 'member');
    const mine: SyncDoc = { ...expense, createdBy: member.member.id, updatedBy: member.member.id };
    expect((await push(server.app, member.token, 'records', [row(null, mine)])).json()).toEqual([]);
    expect((await pullAll(server.app, admin.token, 'records')).documents).toEqual([{ ...mine, updatedAt: clock.ms, updatedBy: member.member.id, _deleted: false }]);

    const badCurrency = await push(server.app, member.token, 'records', [row(null, { ...expense, id: 'r-2', currency: 'eur' })]);
    expect(badCurrency.statusCode).toBe(400);
    const wrongField = await push(server.app, member.token, 'records', [row(null, { ...note, id: 'r-3', carrier: 'DHL' })]);
    expect(wrongField.statusCode).toBe(400);
    expect((await pullAll(server.app, admin.token, 'records')).documents.map((d) => d.id)).toEqual([expense.id]);
  });
});
