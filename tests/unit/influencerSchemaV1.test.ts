import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { openCrmDatabase, type CrmCollections } from '../../renderer/src/db/database';
import { collections } from '../../server/sync/collections';
import { parsePush } from '../../server/sync/parsePush';
import type { Activity } from '../../shared/activity';
import type { Influencer } from '../../shared/influencer';
import { activitySchema } from '../../shared/schemas/activitySchema';
import { influencerSchema } from '../../shared/schemas/influencerSchema';

/** Version 0 of the schema, as the app shipped it: version 1 without its added fields. */
const V1_FIELDS = ['contractStatus', 'paymentStatus', 'platformEmail', 'manualEmail', 'channels', 'recording', 'profile', 'qualityScore', 'language'];
const schemaV0 = {
  ...influencerSchema,
  version: 0,
  properties: Object.fromEntries(Object.entries(influencerSchema.properties).filter(([field]) => !V1_FIELDS.includes(field))),
};

const v0Doc: Influencer = {
  id: 'i1', kind: 'custom', platform: null, platformId: null, officialName: 'Ana Lima', customName: 'Ana', link: 'https://analima.com.br',
  email: 'ana@x.com', status: 'contacted', labelIds: ['l1'], liaisonId: 'm1', archived: false, source: 'manual', followers: null,
  country: 'BR', createdAt: 1, updatedAt: 2, createdBy: 'm1', updatedBy: 'm1',
};
const v1Doc: Influencer = {
  ...v0Doc, id: 'i2', kind: 'platform', platform: 'youtube', platformId: 'UC_x5XG1OV2P6uZZ5FSM9Ttw',
  link: 'https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw', contractStatus: 'contract_signed', paymentStatus: 'payment_pending',
  platformEmail: 'ana@x.com', manualEmail: null, channels: [{ type: 'instagram', url: 'https://www.instagram.com/analima/' }],
  recording: { state: 'recorded', requestedAt: 3, requestedBy: 'm1', startedAt: 4, finishedAt: 5, failureCode: null, failureReason: null },
  profile: { avatarUrl: null, description: 'Food', handle: '@analima', postCount: 12, viewCount: 3400, joinedAt: 0, fetchedAt: 5 },
  qualityScore: 72, language: 'pt',
};

let counter = 0;

describe('influencer schema version 1 in the app database (RxDB dev-mode checks and ajv validation)', () => {
  it('migrates a database written with version 0 and stores version 1 documents', async () => {
    const storage = getRxStorageMemory();
    const name = `schema-v1-${++counter}`;
    const old = await createRxDatabase<CrmCollections>({ name, storage, multiInstance: false });
    await old.addCollections({ influencers: { schema: schemaV0 as unknown as RxJsonSchema<Influencer> }, activities: { schema: activitySchema as unknown as RxJsonSchema<Activity> } });
    await old.influencers.insert(v0Doc);
    await old.close();

    const db = await openCrmDatabase(name, { storage, multiInstance: false, devMode: true });
    try {
      const migrated = await db.influencers.findOne('i1').exec();
      expect(migrated?.toJSON()).toEqual(v0Doc);
      await db.influencers.insert(v1Doc);
      expect((await db.influencers.findOne('i2').exec())?.toJSON()).toEqual(v1Doc);
      await expect(db.influencers.insert({ ...v1Doc, id: 'i3', qualityScore: 150 })).rejects.toThrow();
    } finally {
      await db.remove();
    }
  });
});

describe('influencer schema version 1 at the sync server', () => {
  const influencers = collections.get('influencers');
  if (influencers === undefined) throw new Error('no influencers collection');

  it('accepts pushes of version 0 and version 1 documents', () => {
    const rows = parsePush([{ assumedMasterState: null, newDocumentState: v0Doc }, { assumedMasterState: { ...v0Doc, id: 'i2' }, newDocumentState: v1Doc }], influencers);
    expect(rows.map((row) => row.newDocumentState.qualityScore)).toEqual([undefined, 72]);
  });

  it('refuses an invalid version 1 field', () => {
    expect(() => parsePush([{ assumedMasterState: null, newDocumentState: { ...v1Doc, channels: [{ type: 'x' }] } }], influencers)).toThrow();
  });
});
