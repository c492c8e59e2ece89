import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/activity';
import type { Influencer } from '../../../../shared/influencer';
import { contextFor } from '../../../../shared/permissions/permissionTestFixtures';
import type { CrmRecord } from '../../../../shared/records/crmRecord';
import { openCrmDatabase, type CrmDatabase } from '../../db/database';
import { runImport, type ImportDeps } from './runImport';

let db: CrmDatabase;
beforeAll(async () => {
  db = await openCrmDatabase('import-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['influencers', 'activities', 'records'] });
});
afterAll(() => db.remove());

const existing: Influencer = {
  id: 'old-ana', kind: 'custom', platform: null, platformId: null, officialName: 'Ana Lima', customName: null, link: 'https://analima.example',
  email: 'ana@lima.example', status: 'not_collaborated', labelIds: ['l-vip'], liaisonId: 'gMem', archived: false, source: 'manual',
  followers: null, country: null, createdAt: 1, updatedAt: 1, createdBy: 'gMem', updatedBy: 'gMem',
};

let n = 0;
function deps(actorId: string): ImportDeps {
  return {
    db,
    actorId,
    permissions: contextFor(actorId),
    context: { statuses: [{ id: 'contacted', label: 'Contacted' }], labels: [{ id: 'l-vip', name: 'VIP' }, { id: 'l-tech', name: 'Tech' }], members: [] },
    existing: () => [existing],
    now: () => 5_000,
    newId: () => `id-${String(++n).padStart(6, '0')}`,
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const all = async <T,>(collection: 'influencers' | 'activities' | 'records') => (await db[collection].find().exec()).map((d) => d.toJSON() as T);

describe('runImport', () => {
  it('adds new rows, updates a chosen duplicate, skips another, rejects bad rows with reasons; one batch id', async () => {
    await db.influencers.insert(existing);
    const csv = [
      'Creator,Mail,Web,Tags,Comments,Followers',
      'Kai Rivers,kai@rivers.example,youtube.com/@kairivers,Tech,Met at VidCon,12k',
      'Ana L.,ana@lima.example,,Tech,,5000',
      'Ana again,ANA@lima.example,,,,',
      'Broken,not-an-email,,,,',
      'Vid,,https://youtu.be/dQw4w9WgXcQ,,,',
      'Ghost,,,Unknown label,,',
    ].join('\n');
    const result = await runImport(deps('gMem'), { kind: 'csv', bytes: bytes(csv) }, {
      inline: true,
      // Column "Comments" → notes and "Followers" are suggested; the mapping is the person's choice.
      mapping: ['name', 'email', 'link', 'labels', 'notes', 'followers'],
      choices: (row) => (row.line === 3 ? 'update' : 'skip'),
    });
    if (!result.ok) throw new Error(result.reason);
    const { summary } = result;
    expect([summary.added, summary.updated, summary.skipped]).toEqual([1, 1, 1]);
    expect(summary.rejected.map((r) => [r.line, r.reasons.join(' ')])).toEqual([
      [5, expect.stringContaining('Email "not-an-email"')],
      [6, expect.stringContaining('YouTube video link')],
      [7, 'Label "Unknown label" is not one of the team\'s labels. Add it first, or remove it from the row.'],
    ]);

    const influencers = await all<Influencer>('influencers');
    const kai = influencers.find((i) => i.platform === 'youtube');
    expect(kai).toMatchObject({ source: 'import', liaisonId: 'gMem', labelIds: ['l-tech'], followers: 12_000, email: 'kai@rivers.example', status: 'not_collaborated' });
    expect(influencers.find((i) => i.id === 'old-ana')).toMatchObject({ labelIds: ['l-vip', 'l-tech'], followers: 5000, updatedBy: 'gMem' });

    const entries = await all<Activity>('activities');
    expect(new Set(entries.map((e) => e.batchId))).toEqual(new Set([summary.batchId]));
    expect(entries.filter((e) => e.influencerId === kai?.id).map((e) => e.kind).sort()).toEqual(['imported', 'record_added']);
    expect(entries.filter((e) => e.influencerId === 'old-ana').map((e) => [e.field, e.from, e.to])).toEqual([
      ['followers', 'null', '5000'],
      ['labelIds', '["l-vip"]', '["l-vip","l-tech"]'],
    ]);
    const notes = await all<CrmRecord>('records');
    expect(notes).toEqual([expect.objectContaining({ type: 'note', influencerId: kai?.id, note: 'Met at VidCon' })]);
  });

  it('bulk-adds pasted links, once each, refusing what is no link', async () => {
    const result = await runImport(deps('gMem'), { kind: 'links', text: '- https://www.instagram.com/selenagomez\n- tiktok.com/@khaby.lame, instagram.com/selenagomez\nnot a link' }, { inline: true });
    if (!result.ok) throw new Error(result.reason);
    expect(result.summary.added).toBe(2);
    // "not a link" is two words: two tokens, each refused with its reason.
    expect(result.summary.rejected.length).toBeGreaterThan(0);
    expect(result.summary.rejected.every((r) => r.reasons.length > 0 && r.line === 3)).toBe(true);
    const influencers = await all<Influencer>('influencers');
    expect(influencers.filter((i) => i.platform === 'instagram' && i.platformId === 'selenagomez')).toHaveLength(1);
  });

  it('says what is wrong with a file it cannot read', async () => {
    expect(await runImport(deps('gMem'), { kind: 'csv', bytes: bytes('Name,Email\n') }, { inline: true })).toEqual({ ok: false, reason: 'The file has a header row but no influencers below it.' });
  });
});
