import { describe, expect, it } from 'vitest';
import type { Activity } from '../activity';
import type { Influencer } from '../influencer';
import { PLATFORM_NAME_REASON } from '../permissions/checkInfluencerChange';
import { contextFor, influencer } from '../permissions/permissionTestFixtures';
import { note, shipment } from '../records/recordFixtures';
import type { ProjectMemberRecord } from '../records/crmRecord';
import { mergeFieldChoices, planMerge, type MergeContext } from './planMerge';
import { planMergeUndo } from './planMergeUndo';
import { planRecordMoves } from './planRecordMoves';

function ids(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const ctx = (fields: Partial<MergeContext> = {}): MergeContext => ({ actorId: 'gMem', now: 100, batchId: 'b1', newId: ids('a'), ...fields });

const survivor = influencer({
  id: 's', kind: 'platform', platform: 'youtube', platformId: '@analima', link: 'https://www.youtube.com/@analima', officialName: 'analima',
  email: 'ana@yt.example', platformEmail: 'ana@yt.example', manualEmail: null, labelIds: ['l-vip'], followers: null, country: 'BR',
  channels: [{ type: 'x', url: 'https://x.com/analima' }],
});
const other = influencer({
  id: 'o', officialName: 'Ana Lima', link: 'https://www.instagram.com/ana.lima', email: 'ana@lima.example', labelIds: ['l-beauty', 'l-vip'],
  followers: 12_000, country: 'PT', status: 'contacted', channels: [{ type: 'x', url: 'https://x.com/analima' }, { type: 'website', url: 'https://analima.example' }],
});

function planned(result: ReturnType<typeof planMerge>) {
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

describe('mergeFieldChoices', () => {
  it('lists each field the influencers hold with the survivor’s value first, filling its gaps from the others', () => {
    const choices = mergeFieldChoices(survivor, [other], contextFor('gMem'));
    const byField = new Map(choices.map((c) => [c.field, c]));
    expect(byField.get('email')).toMatchObject({ values: [{ value: 'ana@yt.example', ids: ['s'] }, { value: 'ana@lima.example', ids: ['o'] }], defaultValue: 'ana@yt.example', locked: null });
    expect(byField.get('followers')).toMatchObject({ values: [{ value: 12_000, ids: ['o'] }], defaultValue: 12_000 });
    expect(byField.get('liaisonId')).toMatchObject({ values: [{ value: 'gMem', ids: ['s', 'o'] }] });
    expect(byField.has('customName')).toBe(false);
    expect(byField.get('officialName')?.locked).toBe(PLATFORM_NAME_REASON);
  });

  it('locks a guarded field the actor may not change, with the reason', () => {
    const choices = mergeFieldChoices(survivor, [other], contextFor('gMem2'));
    expect(choices.find((c) => c.field === 'status')?.locked).toMatch(/^Only .* can change the collaboration status of this influencer\.$/);
    expect(choices.find((c) => c.field === 'country')?.locked).toBeNull();
  });
});

describe('planMerge', () => {
  it('combines labels and channels, takes the chosen values, archives the other pointing at the survivor; one batch id', () => {
    const plan = planned(planMerge(survivor, [other], { email: 'ana@lima.example', country: 'PT' }, ctx({ permissions: contextFor('gMem') })));
    expect(plan.survivorChanges).toEqual({
      email: 'ana@lima.example', manualEmail: 'ana@lima.example', platformEmail: 'ana@yt.example',
      followers: 12_000,
      country: 'PT',
      labelIds: ['l-vip', 'l-beauty'],
      channels: [
        { type: 'x', url: 'https://x.com/analima' },
        { type: 'instagram', url: 'https://www.instagram.com/ana.lima/' },
        { type: 'website', url: 'https://analima.example' },
      ],
    });
    expect(plan.merged).toEqual([{ id: 'o', changes: { archived: true, mergedInto: 's' } }]);
    const entries = plan.activities.map((a) => [a.influencerId, a.kind, a.field, a.from, a.to]);
    expect(entries).toEqual([
      ['s', 'merged', null, null, '["o"]'],
      ['s', 'field_changed', 'email', '"ana@yt.example"', '"ana@lima.example"'],
      ['s', 'field_changed', 'followers', 'null', '12000'],
      ['s', 'field_changed', 'country', '"BR"', '"PT"'],
      ['s', 'field_changed', 'labelIds', '["l-vip"]', '["l-vip","l-beauty"]'],
      ['s', 'field_changed', 'channels', JSON.stringify(survivor.channels), JSON.stringify(plan.survivorChanges.channels)],
      ['o', 'merged_into', 'mergedInto', 'null', '"s"'],
      ['o', 'archived', 'archived', 'false', 'true'],
    ]);
    expect(new Set(plan.activities.map((a) => a.batchId))).toEqual(new Set(['b1']));
    expect(plan.activities.every((a) => a.actorId === 'gMem' && a.at === 100)).toBe(true);
  });

  it('keeps the survivor’s values by default and changes nothing that is the same', () => {
    const twin = influencer({ id: 't', link: 'https://www.youtube.com/@analima', labelIds: ['l-vip'], email: null, country: null, status: survivor.status, channels: [] });
    const plan = planned(planMerge(survivor, [twin], {}, ctx()));
    expect(plan.survivorChanges).toEqual({});
    expect(plan.activities.map((a) => a.kind)).toEqual(['merged', 'merged_into', 'archived']);
  });

  it('merges several at once; an already archived one is only pointed at the survivor', () => {
    const third = influencer({ id: 'x', link: '', email: 'ana@third.example', archived: true, labelIds: ['l-q4'] });
    const plan = planned(planMerge(survivor, [other, third], {}, ctx()));
    expect(plan.mergedIds).toEqual(['o', 'x']);
    expect(plan.survivorChanges.labelIds).toEqual(['l-vip', 'l-beauty', 'l-q4']);
    expect(plan.activities.filter((a) => a.influencerId === 'x').map((a) => a.kind)).toEqual(['merged_into']);
  });

  it.each([
    [[], {}, 'Choose at least two influencers to merge.'],
    [[{ ...other, mergedInto: 'z' }], {}, '"Ana Lima" was already merged into another influencer.'],
    [[other], { email: 'who@else.example' }, 'Email: "who@else.example" is not a value of the influencers merged.'],
    [[other], { officialName: 'Ana Lima' }, `Official name cannot change: ${PLATFORM_NAME_REASON}`],
    [[survivor], {}, 'An influencer is listed twice in the merge.'],
  ] as [Influencer[], Record<string, string>, string][])('refuses %#: %s', (others, choices, reason) => {
    expect(planMerge(survivor, others, choices, ctx())).toEqual({ ok: false, reason });
  });

  it('refuses when the actor may not archive one of the others, naming it', () => {
    const result = planMerge(influencer({ id: 's2', liaisonId: 'hMem', link: '' }), [other], {}, ctx({ actorId: 'hMem', permissions: contextFor('hMem') }));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^"Ana Lima" cannot be archived by you: Only .* can archive this influencer\.$/) });
  });

  it('refuses an archived survivor and channels past the limit', () => {
    expect(planMerge({ ...survivor, archived: true }, [other], {}, ctx())).toEqual({ ok: false, reason: '"analima" is archived: restore it first, or keep another one.' });
    const many = influencer({ id: 'm', channels: Array.from({ length: 20 }, (_, i) => ({ type: 'website' as const, url: `https://site${i}.example` })) });
    expect(planMerge(survivor, [many], {}, ctx())).toMatchObject({ ok: false, reason: expect.stringContaining('at most 20') });
  });
});

describe('planRecordMoves', () => {
  it('re-points records at the survivor and logs each move; a project membership is added to the survivor instead', () => {
    const membership: ProjectMemberRecord = { id: 'pm:p1:o', type: 'project_member', influencerId: 'o', projectId: 'p1', createdAt: 1, createdBy: 'm', updatedAt: 1, updatedBy: 'm' };
    const taken: ProjectMemberRecord = { ...membership, id: 'pm:p2:o', projectId: 'p2' };
    const moves = planRecordMoves([{ ...shipment, influencerId: 'o' }, { ...note, influencerId: 'o' }, membership, taken], 's', new Set(['pm:p2:s']), { actorId: 'gMem', now: 100, batchId: 'b1', newId: ids('r') });
    expect(moves.moved.map((r) => [r.id, r.influencerId, r.updatedAt])).toEqual([['r-ship', 's', 100], ['r-note', 's', 100]]);
    expect(moves.added.map((r) => [r.id, r.influencerId, r.projectId])).toEqual([['pm:p1:s', 's', 'p1']]);
    expect(moves.activities.map((a) => [a.influencerId, a.kind, a.field, a.from, a.to, a.batchId])).toEqual([
      ['s', 'record_moved', 'shipment', '{"id":"r-ship","influencerId":"o"}', '{"id":"r-ship","influencerId":"s"}', 'b1'],
      ['s', 'record_moved', 'note', '{"id":"r-note","influencerId":"o"}', '{"id":"r-note","influencerId":"s"}', 'b1'],
      ['s', 'record_added', 'project_member', null, '{"id":"pm:p1:s"}', 'b1'],
    ]);
  });
});

describe('planMergeUndo', () => {
  /** The merge as written: the documents after it, its entries and the moved records. */
  function merged() {
    const plan = planned(planMerge(survivor, [other], { country: 'PT' }, ctx({ permissions: contextFor('gMem') })));
    const moves = planRecordMoves([{ ...shipment, influencerId: 'o' }], 's', new Set(), { actorId: 'gMem', now: 100, batchId: 'b1', newId: ids('r') });
    const after = new Map<string, Influencer>([
      ['s', { ...survivor, ...plan.survivorChanges }],
      ['o', { ...other, ...plan.merged[0]?.changes }],
    ]);
    const entries: Activity[] = [...plan.activities, ...moves.activities];
    return { after, entries, records: moves.moved };
  }

  it('restores the merged influencer, the survivor’s previous values and the records, logged as a batch of its own', () => {
    const { after, entries, records } = merged();
    const result = planMergeUndo(entries, after, records, { actorId: 'gMem', now: 200, batchId: 'u1', newId: ids('u'), permissions: contextFor('gMem') });
    if (!result.ok) throw new Error(result.reason);
    const { plan } = result;
    expect(plan.restored).toEqual([{ id: 'o', changes: { archived: false, mergedInto: null } }]);
    expect({ ...survivor, ...plan.survivorChanges }).toEqual({ ...survivor });
    expect(plan.recordsBack.map((r) => [r.id, r.influencerId])).toEqual([['r-ship', 'o']]);
    expect(plan.kept).toEqual([]);
    expect(plan.activities[0]).toMatchObject({ influencerId: 's', kind: 'merge_undone', from: '["o"]' });
    expect(plan.activities.every((a) => a.batchId === 'u1' && a.at === 200)).toBe(true);
    expect(plan.activities.filter((a) => a.influencerId === 'o').map((a) => a.kind)).toEqual(['merge_undone', 'restored']);
  });

  it('leaves a value changed since the merge, and says so', () => {
    const { after, entries, records } = merged();
    const survivorNow = after.get('s');
    if (survivorNow === undefined) throw new Error('no survivor');
    after.set('s', { ...survivorNow, country: 'ES' });
    const result = planMergeUndo(entries, after, records, { actorId: 'gMem', now: 200, batchId: 'u1', newId: ids('u') });
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.survivorChanges.country).toBeUndefined();
    expect(result.plan.survivorChanges.followers).toBeNull();
    expect(result.plan.kept).toEqual(['The country of "analima" changed after the merge and stays.']);
  });

  it('refuses as a whole when the actor may not restore a merged influencer', () => {
    const { after, entries, records } = merged();
    const result = planMergeUndo(entries, after, records, { actorId: 'gMem2', now: 200, batchId: 'u1', newId: ids('u'), permissions: contextFor('gMem2') });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^Not undone: "Ana Lima" cannot be restored by you\. Only .* can restore this influencer\.$/) });
  });

  it('refuses entries that are no merge', () => {
    expect(planMergeUndo([], new Map(), [], { actorId: 'gMem', now: 1, batchId: 'u', newId: ids('u') })).toEqual({ ok: false, reason: 'This is not a merge: its log entries were not found.' });
  });
});
