import { describe, expect, it } from 'vitest';
import { canChangeInfluencerField } from './canChangeInfluencerField';
import { defaultDataManagementSettings, type FieldGrants } from './dataManagementSettings';
import { GUARDED_FIELDS, type GuardedField } from './guardedFields';
import { ACTORS, ALL_GRANTS, contextFor, expectedPermission as expected, influencer, LIAISONS, settingsGranting } from './permissionTestFixtures';

describe('canChangeInfluencerField over the whole matrix', () => {
  describe.each(GUARDED_FIELDS)('%s', (field) => {
    it.each(LIAISONS)('liaison %s: every actor × every grant combination × both kinds', (liaison) => {
      const mismatches: string[] = [];
      let checked = 0;
      for (const actor of [...ACTORS, 'gone']) {
        for (const grants of ALL_GRANTS) {
          for (const kind of ['platform', 'custom'] as const) {
            for (const archived of [false, true]) {
              const ctx = contextFor(actor, settingsGranting(field, grants));
              const got = canChangeInfluencerField(ctx, influencer({ kind, liaisonId: liaison, archived }), field);
              const want = expected(liaison, actor, grants, field, kind);
              checked += 1;
              if (got.allowed !== want) mismatches.push(`${actor} ${JSON.stringify(grants)} ${kind}: got ${got.allowed}, want ${want}`);
              if (!got.allowed && got.reason.length === 0) mismatches.push(`${actor}: refused without a reason`);
            }
          }
        }
      }
      expect(checked).toBe(10 * 16 * 2 * 2);
      expect(mismatches).toEqual([]);
    });
  });

  it('grants for one field do not open another', () => {
    const everything: FieldGrants = { admins: true, liaisonGroupLeader: true, allLeaders: true, allMembers: true };
    for (const field of GUARDED_FIELDS) {
      for (const other of GUARDED_FIELDS.filter((f) => f !== field)) {
        expect(canChangeInfluencerField(contextFor('adm', settingsGranting(field, everything)), influencer(), other).allowed).toBe(false);
      }
    }
  });
});

describe('canChangeInfluencerField reasons name who can', () => {
  const refusal = (actor: string, field: GuardedField, grants: Partial<FieldGrants>, fields = {}): string => {
    const result = canChangeInfluencerField(contextFor(actor, settingsGranting(field, grants)), influencer(fields), field);
    return result.allowed ? 'allowed' : result.reason;
  };

  it.each([
    ['hMem', 'archive', {}, {}, 'Only the liaison can archive this influencer.'],
    ['hMem', 'archive', { admins: true }, {}, 'Only the liaison or an Administrator can archive this influencer.'],
    ['hMem', 'archive', { admins: true }, { archived: true }, 'Only the liaison or an Administrator can restore this influencer.'],
    ['hMem', 'status', { admins: true, liaisonGroupLeader: true }, {}, "Only the liaison, an Administrator or the Team Leader of the liaison's group can change the collaboration status of this influencer."],
    ['adm', 'name', { liaisonGroupLeader: true, allLeaders: true }, {}, 'Only the liaison or any Team Leader can change the name of this influencer.'],
    ['adm', 'liaison', { allMembers: true }, {}, 'Only the liaison or any Member can change the liaison of this influencer.'],
    ['hLead', 'link', { admins: true, liaisonGroupLeader: true }, {}, "Only the liaison, an Administrator or the Team Leader of the liaison's group can change the link of this influencer."],
    ['gMem', 'link', {}, { kind: 'platform' }, "A platform influencer's link identifies its account and cannot be changed."],
    ['gone', 'status', { allMembers: true }, {}, 'Your account has been deactivated: you can no longer change influencers.'],
  ] as const)('%s, %s, grants %j, influencer %j', (actor, field, grants, fields, reason) => {
    expect(refusal(actor, field, grants, fields)).toBe(reason);
  });

  it('the default grants nothing beyond the liaison', () => {
    expect(Object.values(defaultDataManagementSettings().grants).every((g) => Object.values(g).every((v) => v === false))).toBe(true);
  });
});
