import { describe, expect, it } from 'vitest';
import { activitySchema } from './activitySchema';
import { influencerSchema } from './influencerSchema';
import { emailProjectSchema } from './emailProjectSchema';
import { labelSchema } from './labelSchema';
import { groupSchema } from './groupSchema';
import { memberSchema } from './memberSchema';
import {
  activityMigrations, emailProjectMigrations, groupMigrations, influencerMigrations, labelMigrations, memberMigrations, migrateDocument, recordMigrations, settingMigrations, type MigrationStrategies,
} from './migrations';
import { recordSchema } from './recordSchema';
import { settingSchema } from './settingSchema';
import { validateDocument } from './validateDocument';

describe('schema migrations', () => {
  it.each([
    ['influencer', influencerSchema.version, influencerMigrations],
    ['activity', activitySchema.version, activityMigrations],
    ['record', recordSchema.version, recordMigrations],
    ['email project', emailProjectSchema.version, emailProjectMigrations],
    ['member', memberSchema.version, memberMigrations],
    ['group', groupSchema.version, groupMigrations],
    ['setting', settingSchema.version, settingMigrations],
    ['label', labelSchema.version, labelMigrations],
  ] as const)('%s: one strategy per version step, none beyond', (_name, version, strategies) => {
    const steps = Object.keys(strategies).map(Number).sort((a, b) => a - b);
    expect(steps).toEqual(Array.from({ length: version }, (_, i) => i + 1));
  });

  it('chains steps in order and stops at a dropped document', () => {
    const strategies: MigrationStrategies = {
      1: (doc) => ({ ...doc, a: 1 }),
      2: (doc) => (doc.drop ? null : { ...doc, b: Number(doc.a) + 1 }),
    };
    expect(migrateDocument({ id: 'x' }, strategies, 0, 2)).toEqual({ id: 'x', a: 1, b: 2 });
    expect(migrateDocument({ id: 'y', drop: true }, strategies, 0, 2)).toBeNull();
    expect(migrateDocument({ id: 'z' }, strategies, 1, 1)).toEqual({ id: 'z' });
  });

  it('fails loudly when a step is missing', () => {
    expect(() => migrateDocument({}, {}, 0, 1)).toThrow(/version 1/);
  });
});

describe('influencer migration 0 → 1', () => {
  // A document as version 0 stored it: no contract/payment status, emails, channels, recording…
  const v0 = {
    id: 'i1', kind: 'custom', platform: null, platformId: null, officialName: 'Ana Lima', customName: null,
    link: 'https://analima.com.br', email: 'ana@x.com', status: 'contacted', labelIds: ['l1'], liaisonId: 'm1',
    archived: false, source: 'manual', followers: null, country: 'BR', createdAt: 1, updatedAt: 2, createdBy: 'm1', updatedBy: 'm1',
  };

  it('keeps a version 0 document exactly as it is, and that is a valid version 1 document', () => {
    const migrated = migrateDocument(structuredClone(v0), influencerMigrations, 0, 1);
    expect(migrated).toEqual(v0);
    expect(Object.keys(migrated ?? {})).toEqual(Object.keys(v0));
    expect(validateDocument(influencerSchema, migrated)).toEqual({ ok: true });
  });

  it('adds no required or indexed field, so other version 0 documents stay valid too', () => {
    const v0Fields = new Set(Object.keys(v0));
    expect(influencerSchema.required.filter((field) => !v0Fields.has(field))).toEqual([]);
    expect(influencerSchema.indexes.flat().filter((field) => !v0Fields.has(field))).toEqual([]);
  });
});
