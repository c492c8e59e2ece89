import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../shared/activity';
import { membershipRecordId } from '../../../../../shared/records/projectMembership';
import { openCrmDatabase, type CrmDatabase } from '../../../db/database';
import { describeActivity } from '../../activity/describeActivity';
import { addToEmailProject } from './addToEmailProject';
import { createEmailProject, renameProject, setProjectArchived } from './emailProjectCommands';

let db: CrmDatabase;
let ids = 0;
const ctx = () => ({ db, actorId: 'm1', now: () => 5_000, newId: () => `id-${++ids}` });

beforeAll(async () => {
  db = await openCrmDatabase('projects-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['records', 'activities', 'emailProjects'] });
});
afterAll(() => db.remove());

describe('email project commands', () => {
  it('creates, renames and archives a project; refuses a taken name and writes nothing then', async () => {
    const created = await createEmailProject(ctx(), ' Summer  launch ');
    expect(created).toMatchObject({ status: 'saved', project: { name: 'Summer launch', archived: false, createdBy: 'm1' } });
    if (created.status !== 'saved') return;
    const id = created.project.id;
    expect(await createEmailProject(ctx(), 'summer launch')).toEqual({ status: 'invalid', reason: 'There is already a project called "Summer launch".' });
    expect(await db.emailProjects.count().exec()).toBe(1);
    expect(await renameProject(ctx(), id, 'Autumn launch')).toMatchObject({ status: 'saved', project: { name: 'Autumn launch' } });
    expect(await renameProject(ctx(), id, 'Autumn launch')).toEqual({ status: 'unchanged' });
    expect(await setProjectArchived(ctx(), id, true)).toMatchObject({ status: 'saved', project: { archived: true } });
    expect((await db.emailProjects.findOne(id).exec())?.toJSON()).toMatchObject({ name: 'Autumn launch', archived: true });
    expect(await renameProject(ctx(), 'nope', 'x')).toEqual({ status: 'not_found' });
  });

  it('adds a selection under one batch id, counts those already members, and logs each new member with the project name', async () => {
    const created = await createEmailProject(ctx(), 'Winter drop');
    if (created.status !== 'saved') throw new Error('not created');
    const projectId = created.project.id;
    const progress: number[] = [];
    const first = await addToEmailProject(ctx(), projectId, ['a', 'b', 'a'], (p) => progress.push(p.done));
    expect(first).toMatchObject({ status: 'done', added: 2, alreadyMembers: 0 });
    expect(progress.at(-1)).toBe(2);
    const second = await addToEmailProject(ctx(), projectId, ['b', 'c']);
    expect(second).toMatchObject({ status: 'done', added: 1, alreadyMembers: 1 });
    if (first.status !== 'done' || second.status !== 'done') return;

    const members = await db.records.find({ selector: { projectId } }).exec();
    expect(members.map((m) => m.id).sort()).toEqual(['a', 'b', 'c'].map((i) => membershipRecordId(projectId, i)));
    const entries = (await db.activities.find({ selector: { field: 'project_member' } }).exec()).map((d) => d.toJSON() as Activity);
    expect(entries.filter((e) => e.batchId === first.batchId).map((e) => e.influencerId).sort()).toEqual(['a', 'b']);
    expect(entries.filter((e) => e.batchId === second.batchId).map((e) => e.influencerId)).toEqual(['c']);
    expect(describeActivity(entries[0] as Activity)).toBe('added to email project Winter drop');
  });

  it('refuses an archived or unknown project without writing', async () => {
    const created = await createEmailProject(ctx(), 'Old one');
    if (created.status !== 'saved') throw new Error('not created');
    await setProjectArchived(ctx(), created.project.id, true);
    const before = await db.records.count().exec();
    expect(await addToEmailProject(ctx(), created.project.id, ['a'])).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/archived/) });
    expect(await addToEmailProject(ctx(), 'missing', ['a'])).toMatchObject({ status: 'invalid' });
    expect(await db.records.count().exec()).toBe(before);
  });
});
