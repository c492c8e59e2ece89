import { describe, expect, it } from 'vitest';
import { activitySchema } from './activitySchema';
import { influencerSchema } from './influencerSchema';
import { validateDocument, type SchemaNode } from './validateDocument';

const influencer = {
  id: 'i1', kind: 'platform', platform: 'youtube', platformId: '@x', officialName: 'X', customName: null,
  link: 'https://www.youtube.com/@x', email: null, status: 'not_collaborated', labelIds: ['l1'], liaisonId: null,
  archived: false, source: 'manual', followers: 10, country: 'US', createdAt: 1, updatedAt: 2, createdBy: 'm', updatedBy: 'm',
};
const activity = { id: 'a', influencerId: 'i1', actorId: 'm', at: 5, kind: 'created', field: null, from: null, to: null, batchId: null };

const errorsOf = (schema: SchemaNode, value: unknown): string[] => {
  const result = validateDocument(schema, value);
  return result.ok ? [] : result.errors;
};

describe('validateDocument with the influencer schema', () => {
  it('accepts valid documents, nullable fields either way', () => {
    expect(validateDocument(influencerSchema, influencer)).toEqual({ ok: true });
    const custom = {
      ...influencer, kind: 'custom', platform: null, platformId: null, customName: 'Pepe', email: 'a@b.co',
      liaisonId: 'member-1', followers: null, country: null, labelIds: [], archived: true,
    };
    expect(validateDocument(influencerSchema, custom)).toEqual({ ok: true });
    expect(validateDocument(influencerSchema, { ...influencer, followers: 0, createdAt: 0, country: '' })).toEqual({ ok: true });
  });

  it('refuses an unknown field even when its value is undefined', () => {
    expect(errorsOf(influencerSchema, { ...influencer, extra: undefined })).toEqual(['unknown field "extra"']);
  });

  it('reports every problem with its field', () => {
    const { updatedBy: _dropped, ...withoutUpdatedBy } = influencer;
    expect(
      errorsOf(influencerSchema, {
        ...withoutUpdatedBy,
        followers: 10_000_000_001,
        email: 5,
        kind: 'robot',
        platform: 'myspace',
        createdAt: 1.5,
        updatedAt: -1,
        labelIds: ['ok', 7, 'x'.repeat(65)],
        archived: 'no',
        foo: 1,
      }).sort(),
    ).toEqual(
      [
        'followers: must be ≤ 10000000000',
        'email: must be a string or null',
        'kind: must be one of "platform", "custom"',
        'platform: must be one of "youtube", "instagram", "tiktok", null',
        'createdAt: must be a whole number',
        'updatedAt: must be ≥ 0',
        'labelIds[1]: must be a string',
        'labelIds[2]: must be at most 64 characters',
        'archived: must be a boolean',
        'unknown field "foo"',
        'updatedBy: is required',
      ].sort(),
    );
  });

  it.each([
    [{ country: 'USA' }, 'country: must be at most 2 characters'],
    [{ followers: Number.NaN }, 'followers: must be a finite number'],
    [{ followers: Number.POSITIVE_INFINITY }, 'followers: must be a finite number'],
    [{ followers: '10' }, 'followers: must be a number or null'],
    [{ labelIds: 'l1' }, 'labelIds: must be an array'],
    [{ labelIds: null }, 'labelIds: must be an array'],
    [{ id: undefined }, 'id: is required'],
    [{ officialName: 'x'.repeat(201) }, 'officialName: must be at most 200 characters'],
    [{ link: { href: 'x' } }, 'link: must be a string'],
    [{ createdAt: 10_000_000_000_000 }, 'createdAt: must be ≤ 9999999999999'],
    [{ source: 'scraped' }, 'source: must be one of "manual", "import", "email", "status_change"'],
  ])('refuses %j', (change, error) => {
    expect(validateDocument(influencerSchema, { ...influencer, ...change })).toEqual({ ok: false, errors: [error] });
  });

  it('refuses fields named like Object.prototype members', () => {
    expect(errorsOf(influencerSchema, { ...influencer, constructor: 1, toString: 'x', hasOwnProperty: null })).toEqual([
      'unknown field "constructor"',
      'unknown field "toString"',
      'unknown field "hasOwnProperty"',
    ]);
    const polluted: unknown = JSON.parse(`{"__proto__":{"admin":true},${JSON.stringify(influencer).slice(1)}`);
    expect(errorsOf(influencerSchema, polluted)).toEqual(['unknown field "__proto__"']);
  });

  it('does not count inherited properties as present', () => {
    const inherited = Object.create(influencer) as object;
    expect(errorsOf(influencerSchema, inherited)).toEqual(['document: must be an object']);
    const bare = Object.assign(Object.create(null) as object, influencer);
    expect(validateDocument(influencerSchema, bare)).toEqual({ ok: true });
  });

  it.each([[[]], [null], ['doc'], [42], [undefined], [new Date(0)], [new Map()]])('refuses a non-document: %s', (value) => {
    expect(validateDocument(influencerSchema, value)).toEqual({ ok: false, errors: ['document: must be an object'] });
  });
});

describe('validateDocument with the activity schema', () => {
  it('accepts created and field_changed entries', () => {
    expect(validateDocument(activitySchema, activity)).toEqual({ ok: true });
    expect(
      validateDocument(activitySchema, { ...activity, kind: 'field_changed', field: 'status', from: '"not_collaborated"', to: '"contacted"', batchId: 'b1' }),
    ).toEqual({ ok: true });
  });

  it('refuses oversized values and missing fields', () => {
    const { batchId: _dropped, ...withoutBatch } = activity;
    expect(errorsOf(activitySchema, { ...withoutBatch, to: 'x'.repeat(10_001), at: 1.25, field: 3 }).sort()).toEqual(
      ['batchId: is required', 'to: must be at most 10000 characters', 'at: must be a whole number', 'field: must be a string or null'].sort(),
    );
  });
});

describe('validateDocument keywords beyond our schemas', () => {
  it('checks nested objects, integers, item counts and minimums with paths', () => {
    const schema = {
      type: 'object',
      properties: {
        size: { type: 'integer', minimum: 1 },
        tags: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string', minLength: 2 } },
        meta: { type: 'object', properties: { step: { type: 'number', multipleOf: 0.5 } }, required: ['step'], additionalProperties: false },
        open: { type: 'object' },
      },
      additionalProperties: false,
    } as const satisfies SchemaNode;
    expect(validateDocument(schema, { size: 3, tags: ['ab'], meta: { step: 1.5 }, open: { anything: 1 } })).toEqual({ ok: true });
    expect(errorsOf(schema, { size: 1.5, tags: ['a', 'bb', 'cc'], meta: { step: 0.3, x: 1 } }).sort()).toEqual(
      [
        'size: must be an integer',
        'tags: must have at most 2 items',
        'tags[0]: must be at least 2 characters',
        'meta.step: must be a multiple of 0.5',
        'unknown field "meta.x"',
      ].sort(),
    );
    expect(errorsOf(schema, { size: 0, tags: [], meta: {} }).sort()).toEqual(
      ['size: must be ≥ 1', 'tags: must have at least 1 items', 'meta.step: is required'].sort(),
    );
  });

  it('throws on schema keywords it does not implement, rather than skipping them', () => {
    const withPattern = { type: 'object', properties: { code: { type: 'string', pattern: '^[A-Z]+$' } } };
    expect(() => validateDocument(withPattern as SchemaNode, { code: 'x' })).toThrow(/keyword "pattern" \(at code\) is not supported/);
    const openSchema = { type: 'object', additionalProperties: { type: 'string' } };
    expect(() => validateDocument(openSchema as unknown as SchemaNode, {})).toThrow(/additionalProperties/);
    expect(() => validateDocument({ type: 'date' } as unknown as SchemaNode, 1)).toThrow(/unknown type "date"/);
  });

  it('ignores RxDB annotations', () => {
    expect(validateDocument({ title: 't', version: 0, primaryKey: 'id', indexes: ['id'], type: 'object' } as SchemaNode, {})).toEqual({ ok: true });
  });
});
