import { describe, expect, it } from 'vitest';
import { projectMembershipRecords } from './projectMembership';
import { content, expense, note, shipment } from './recordFixtures';
import { validateRecord } from './validateRecord';

const member = projectMembershipRecords('proj-1', ['inf-1'], () => false, { actorId: 'm1', now: 5 })[0];
const errorsOf = (value: unknown): string[] => {
  const result = validateRecord(value);
  return result.ok ? [] : result.errors;
};

describe('validateRecord', () => {
  it('accepts one valid record of each type', () => {
    for (const record of [shipment, expense, content, note, member]) expect(validateRecord(record)).toEqual({ ok: true, record });
  });

  it.each([
    [{ ...shipment, amountMinor: 5 }, ['amountMinor: is not a field of a shipment']],
    [{ ...expense, currency: undefined }, ['currency: is required for an expense']],
    [{ ...note, note: null }, ['note: a note cannot be empty']],
    [{ ...note, note: undefined }, ['note: is required for a note']],
    [{ ...note, note: '  ' }, ['note: a note cannot be empty']],
    [{ ...shipment, itemName: ' ' }, ['itemName: say what was shipped']],
    [{ ...shipment, deliveredAt: 1 }, ['deliveredAt: cannot be before shippedAt']],
    [{ ...expense, currency: 'eur' }, ['currency: must be an ISO 4217 code such as EUR']],
    [{ ...expense, amountMinor: 1.5 }, ['amountMinor: must be a whole number']],
    [{ ...content, postUrl: 'not a link' }, [expect.stringMatching(/^postUrl: "not a link" is not a web address/)]],
    [{ ...content, postUrl: 'youtube.com/watch?v=abc' }, ['postUrl: must be stored normalised, as https://youtube.com/watch?v=abc']],
    [{ ...content, views: -1 }, ['views: must be ≥ 0']],
    [{ ...member, projectId: '' }, ['projectId: a membership needs its project']],
    [{ ...member, id: 'random' }, ['id: a membership\'s id is "pm:proj-1:inf-1"']],
    [{ ...note, type: 'meeting' }, ['type: must be one of "shipment", "expense", "content", "note", "project_member"']],
    [{ ...note, extra: 1 }, ['unknown field "extra"']],
  ])('refuses %#', (record, errors) => {
    expect(errorsOf(record)).toEqual(errors);
  });
});
