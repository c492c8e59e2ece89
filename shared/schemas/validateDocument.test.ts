import { describe, expect, it } from 'vitest';
import { activitySchema } from './activitySchema';
import { influencerSchema } from './influencerSchema';
import { validateDocument } from './validateDocument';

const valid = {
  id: 'i1', kind: 'platform', platform: 'youtube', platformId: '@x', officialName: 'X', customName: null,
  link: 'https://www.youtube.com/@x', email: null, status: 'not_collaborated', labelIds: ['l1'], liaisonId: null,
  archived: false, source: 'manual', followers: 10, country: 'US', createdAt: 1, updatedAt: 2, createdBy: 'm', updatedBy: 'm',
};

describe('validateDocument', () => {
  it('accepts a valid influencer and activity', () => {
    expect(validateDocument(influencerSchema, valid)).toEqual({ ok: true });
    expect(
      validateDocument(activitySchema, { id: 'a', influencerId: 'i1', actorId: 'm', at: 5, kind: 'created', field: null, from: null, to: null, batchId: null }),
    ).toEqual({ ok: true });
  });

  it('reports every problem with its field', () => {
    const result = validateDocument(influencerSchema, {
      ...valid,
      followers: 10_000_000_001,
      email: 5,
      kind: 'robot',
      createdAt: 1.5,
      labelIds: ['ok', 7],
      foo: 1,
      updatedBy: undefined,
    });
    expect(result).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        'followers: must be ≤ 10000000000',
        'email: must be a string or null',
        'kind: must be one of "platform", "custom"',
        'createdAt: must be a multiple of 1',
        'labelIds[1]: must be a string',
        'unknown field "foo"',
        'updatedBy: is required',
      ]),
    });
  });

  it('refuses strings over their maximum length and non-objects', () => {
    expect(validateDocument(influencerSchema, { ...valid, country: 'USA' })).toEqual({ ok: false, errors: ['country: must be at most 2 characters'] });
    expect(validateDocument(influencerSchema, [])).toEqual({ ok: false, errors: ['document: must be an object'] });
    expect(validateDocument(influencerSchema, { ...valid, followers: Number.NaN })).toMatchObject({ ok: false });
  });
});
