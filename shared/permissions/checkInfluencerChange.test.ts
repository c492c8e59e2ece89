import { describe, expect, it } from 'vitest';
import type { Influencer } from '../influencer';
import { checkInfluencerChange, CREATED_BY_REASON, CREATION_FIELDS_REASON, INACTIVE_LIAISON_REASON, PLATFORM_NAME_REASON } from './checkInfluencerChange';
import { defaultDataManagementSettings } from './dataManagementSettings';
import { guardedFieldOf } from './guardedFields';
import { ACTORS, ALL_GRANTS, contextFor, expectedPermission, influencer, LIAISONS, settingsGranting } from './permissionTestFixtures';

/** A change to each field the data-management settings guard (a new value for it). */
const GUARDED_CHANGES: readonly [keyof Influencer, unknown][] = [
  ['customName', 'Ana L.'],
  ['officialName', 'Ana Lima Official'],
  ['link', 'https://ana.example'],
  ['status', 'contacted'],
  ['liaisonId', 'hMem'],
  ['archived', true],
];

describe('checkInfluencerChange over the whole matrix', () => {
  it.each(GUARDED_CHANGES)('%s: refused exactly when canChangeInfluencerField would refuse, keeping the current value', (field, value) => {
    const guarded = guardedFieldOf(field);
    if (guarded === null) throw new Error(`${field} is not guarded`);
    const mismatches: string[] = [];
    for (const liaison of LIAISONS) {
      for (const actor of [...ACTORS, 'gone']) {
        for (const grants of ALL_GRANTS) {
          const current = influencer({ liaisonId: liaison });
          const next = { ...current, [field]: value, email: 'new@x.com' };
          const { allowedDoc, rejectedFields } = checkInfluencerChange(contextFor(actor, settingsGranting(guarded, grants)), current, next);
          const allowed = expectedPermission(liaison, actor, grants, guarded, 'custom');
          const want = allowed ? next : { ...next, [field]: current[field] };
          if (JSON.stringify(rejectedFields) !== JSON.stringify(allowed ? [] : [field]) || JSON.stringify(allowedDoc) !== JSON.stringify(want)) {
            mismatches.push(`${liaison}/${actor} ${JSON.stringify(grants)}: rejected ${JSON.stringify(rejectedFields)}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('checkInfluencerChange', () => {
  const ctx = contextFor('hMem');
  const current = influencer({ liaisonId: 'gMem', labelIds: ['a'] });

  it('lets everyone change the contact email, labels, contract and payment status and other fields', () => {
    const next: Influencer = { ...current, email: 'x@y.com', manualEmail: 'x@y.com', labelIds: ['a', 'b'], contractStatus: 'signed', paymentStatus: 'paid', country: 'BR', followers: 10 };
    expect(checkInfluencerChange(ctx, current, next)).toEqual({ allowedDoc: next, rejectedFields: [], rejections: [] });
  });

  it('refuses the forbidden fields of a push and keeps the rest of it', () => {
    const next: Influencer = { ...current, status: 'contacted', archived: true, email: 'ok@x.com', customName: 'Nick' };
    const result = checkInfluencerChange(ctx, current, next);
    expect(result.allowedDoc).toEqual({ ...current, email: 'ok@x.com' });
    expect(result.rejections).toEqual([
      { field: 'customName', reason: 'Only the liaison can change the name of this influencer.' },
      { field: 'status', reason: 'Only the liaison can change the collaboration status of this influencer.' },
      { field: 'archived', reason: 'Only the liaison can archive this influencer.' },
    ]);
    expect(result.rejectedFields).toEqual(['customName', 'status', 'archived']);
  });

  it('judges by the current liaison: handing the influencer on and changing its status in one push is the liaison\'s to do', () => {
    const byLiaison = checkInfluencerChange(contextFor('gMem'), current, { ...current, liaisonId: 'hMem', status: 'contacted' });
    expect(byLiaison.rejectedFields).toEqual([]);
    const takeOver = checkInfluencerChange(ctx, current, { ...current, liaisonId: 'hMem', status: 'contacted' });
    expect(takeOver.rejectedFields).toEqual(['status', 'liaisonId']);
  });

  it('lets anyone pick up an unassigned influencer, as a status change does', () => {
    const unassigned = influencer({ liaisonId: null });
    expect(checkInfluencerChange(ctx, unassigned, { ...unassigned, status: 'contacted', liaisonId: 'hMem' }).rejectedFields).toEqual([]);
  });

  it('refuses a liaison who is not an active member of the team', () => {
    for (const liaisonId of ['gone', 'stranger']) {
      const result = checkInfluencerChange(contextFor('gMem'), current, { ...current, liaisonId });
      expect(result.rejections).toEqual([{ field: 'liaisonId', reason: INACTIVE_LIAISON_REASON }]);
      expect(result.allowedDoc.liaisonId).toBe('gMem');
    }
    expect(checkInfluencerChange(contextFor('gMem'), current, { ...current, liaisonId: null }).rejectedFields).toEqual([]);
  });

  it('never changes createdAt and createdBy, nor a platform influencer\'s official name or link', () => {
    const platform = influencer({ kind: 'platform', platform: 'youtube', liaisonId: 'gMem' });
    const result = checkInfluencerChange(contextFor('gMem'), platform, { ...platform, createdAt: 5, createdBy: 'gMem2', officialName: 'Other', link: 'https://youtube.com/@other' });
    expect(result.allowedDoc).toEqual(platform);
    expect(result.rejections).toEqual([
      { field: 'officialName', reason: PLATFORM_NAME_REASON },
      { field: 'link', reason: "A platform influencer's link identifies its account and cannot be changed." },
      { field: 'createdAt', reason: CREATION_FIELDS_REASON },
      { field: 'createdBy', reason: CREATION_FIELDS_REASON },
    ]);
  });

  it('ignores the stamped fields and replication flags', () => {
    const next = { ...current, updatedAt: 99, updatedBy: 'adm', _deleted: false };
    expect(checkInfluencerChange(ctx, current, next).rejectedFields).toEqual([]);
  });

  it('treats an absent optional field and null alike', () => {
    const next: Influencer = { ...current, contractStatus: null };
    expect(checkInfluencerChange(ctx, current, next)).toEqual({ allowedDoc: next, rejectedFields: [], rejections: [] });
  });

  describe('adding an influencer', () => {
    it('is allowed with any liaison: the adder, another member (an email project\'s creator), or none', () => {
      for (const liaisonId of ['hMem', 'gMem', null, 'member-olivia']) {
        const next = influencer({ liaisonId, createdBy: 'hMem' });
        expect(checkInfluencerChange(ctx, null, next)).toEqual({ allowedDoc: next, rejectedFields: [], rejections: [] });
      }
    });

    it('records the actor as the adder instead of another team member, and leaves ids outside the team (demo data) alone', () => {
      const result = checkInfluencerChange(ctx, null, influencer({ createdBy: 'adm' }));
      expect(result.allowedDoc.createdBy).toBe('hMem');
      expect(result.rejections).toEqual([{ field: 'createdBy', reason: CREATED_BY_REASON }]);
      expect(checkInfluencerChange(ctx, null, influencer({ createdBy: 'member-olivia' })).rejectedFields).toEqual([]);
    });
  });

  it('leaves its inputs alone', () => {
    const next = { ...current, status: 'contacted' };
    const copy = structuredClone(next);
    checkInfluencerChange(contextFor('hMem', defaultDataManagementSettings()), current, next);
    expect(next).toEqual(copy);
  });
});
