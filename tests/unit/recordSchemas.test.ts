import { addRxPlugin, createRxDatabase, type RxCollection, type RxJsonSchema } from 'rxdb';
import { RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { expect, it } from 'vitest';
import type { CrmRecord } from '../../shared/records/crmRecord';
import type { EmailProject } from '../../shared/records/emailProject';
import { buildEmailProject } from '../../shared/records/emailProject';
import { projectMembershipRecords } from '../../shared/records/projectMembership';
import { content, expense, note, shipment } from '../../shared/records/recordFixtures';
import { emailProjectSchema } from '../../shared/schemas/emailProjectSchema';
import { recordSchema } from '../../shared/schemas/recordSchema';

addRxPlugin(RxDBDevModePlugin);

it('records and email projects pass RxDB dev-mode schema checks, ajv validation and their indexed queries', async () => {
  const db = await createRxDatabase<{ records: RxCollection<CrmRecord>; emailProjects: RxCollection<EmailProject> }>({
    name: 'record-schemas',
    storage: wrappedValidateAjvStorage({ storage: getRxStorageMemory() }),
    multiInstance: false,
  });
  try {
    const collections = await db.addCollections({
      records: { schema: recordSchema as unknown as RxJsonSchema<CrmRecord> },
      emailProjects: { schema: emailProjectSchema as unknown as RxJsonSchema<EmailProject> },
    });
    const project = buildEmailProject('Summer launch', { id: 'proj-1', actorId: 'm1', now: 1 });
    if (!project.ok) throw new Error(project.reason);
    await collections.emailProjects.insert(project.project);
    const members = projectMembershipRecords('proj-1', ['inf-1', 'inf-2'], () => false, { actorId: 'm1', now: 2 });
    await collections.records.bulkInsert([shipment, expense, content, note, ...members]);

    const overview = await collections.records.find({ selector: { influencerId: 'inf-1' }, sort: [{ createdAt: 'asc' }] }).exec();
    expect(overview.map((r) => r.type).sort()).toEqual(['content', 'expense', 'note', 'project_member', 'shipment']);
    const projectMembers = await collections.records.find({ selector: { projectId: 'proj-1' } }).exec();
    expect(projectMembers.map((r) => r.influencerId)).toEqual(['inf-1', 'inf-2']);
    await expect(collections.records.insert({ ...note, id: 'bad', createdAt: -1 })).rejects.toThrow();
  } finally {
    await db.remove();
  }
});
