import { describe, expect, it } from 'vitest';
import type { InfluencerDraft } from '../csv/validateImportRow';
import { contextFor, influencer } from '../permissions/permissionTestFixtures';
import { importActivities, importedNote, importUpdate, influencerFromDraft } from './planImportWrites';

const draft = (fields: Partial<InfluencerDraft> = {}): InfluencerDraft => ({
  kind: 'custom', platform: null, platformId: null, link: '', officialName: 'Ana Lima', email: null, status: null, labelIds: [], newLabels: [],
  liaisonId: null, country: null, language: null, followers: null, qualityScore: null, notes: null, ...fields,
});
let n = 0;
const ctx = { actorId: 'gMem', now: 50, batchId: 'b1', newId: () => `id${++n}`, initialStatusId: 'not_collaborated' };

describe('influencerFromDraft', () => {
  it('makes the importer the liaison, starts at the initial status and marks the source', () => {
    const inf = influencerFromDraft(draft({ email: 'a@b.example', qualityScore: 70 }), 'new1', ['l-vip'], ctx);
    expect(inf).toMatchObject({ id: 'new1', liaisonId: 'gMem', status: 'not_collaborated', source: 'import', labelIds: ['l-vip'], email: 'a@b.example', qualityScore: 70, createdBy: 'gMem' });
    expect('language' in inf).toBe(false);
    expect(influencerFromDraft(draft({ liaisonId: 'hMem', status: 'contacted' }), 'new2', [], ctx)).toMatchObject({ liaisonId: 'hMem', status: 'contacted' });
  });
});

describe('importUpdate', () => {
  it('sets the row’s values where they differ, adds labels and a new link as a channel; names stay', () => {
    const existing = influencer({ email: 'old@x.example', labelIds: ['l-a'], followers: 10, link: 'https://analima.example' });
    const { changes, kept } = importUpdate(existing, draft({ officialName: 'Other', email: 'new@x.example', followers: 20, link: 'https://instagram.com/ana' }), ['l-a', 'l-b'], contextFor('gMem'));
    expect(changes).toEqual({
      email: 'new@x.example', manualEmail: 'new@x.example', platformEmail: null, followers: 20, labelIds: ['l-a', 'l-b'],
      channels: [{ type: 'instagram', url: 'https://www.instagram.com/ana/' }],
    });
    expect(kept).toEqual([]);
  });

  it('takes an email differing only in letter case as the same', () => {
    expect(importUpdate(influencer({ email: 'ana@lima.example' }), draft({ email: 'ANA@lima.example' }), [], contextFor('gMem')).changes).toEqual({});
  });

  it('leaves a guarded field the actor may not change, saying why', () => {
    const { changes, kept } = importUpdate(influencer({ liaisonId: 'gMem2' }), draft({ status: 'contacted', country: 'PT' }), [], contextFor('gMem'));
    expect(changes).toEqual({ country: 'PT' });
    expect(kept).toEqual(['Only the liaison can change the collaboration status of this influencer.']);
  });
});

describe('import log entries', () => {
  it('one "imported" entry for a new influencer, one per changed field for an update, a note with its entry; one batch id', () => {
    expect(importActivities('x', null, {}, ctx)).toEqual([{ id: expect.any(String), influencerId: 'x', actorId: 'gMem', at: 50, kind: 'imported', field: null, from: null, to: null, batchId: 'b1' }]);
    const before = influencer({ followers: 1 });
    expect(importActivities('x', before, { followers: 2, channels: [{ type: 'x', url: 'https://x.com/a' }] }, ctx).map((e) => [e.field, e.from, e.to, e.batchId])).toEqual([
      ['followers', '1', '2', 'b1'],
      ['channels', '[]', '[{"type":"x","url":"https://x.com/a"}]', 'b1'],
    ]);
    expect(importedNote(draft(), 'x', ctx)).toBeNull();
    expect(importedNote(draft({ notes: 'Met at VidCon' }), 'x', ctx)).toMatchObject({ record: { type: 'note', influencerId: 'x', note: 'Met at VidCon', projectId: '' }, activity: { kind: 'record_added', field: 'note', batchId: 'b1' } });
  });
});
