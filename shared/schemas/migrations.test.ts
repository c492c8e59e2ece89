import { describe, expect, it } from 'vitest';
import { activitySchema } from './activitySchema';
import { influencerSchema } from './influencerSchema';
import { activityMigrations, influencerMigrations, migrateDocument, type MigrationStrategies } from './migrations';

describe('schema migrations', () => {
  it.each([
    ['influencer', influencerSchema.version, influencerMigrations],
    ['activity', activitySchema.version, activityMigrations],
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
