import { describe, expect, it } from 'vitest';
import { recordSchema } from '../schemas/recordSchema';
import { activitySchema } from '../schemas/activitySchema';
import { validateDocument } from '../schemas/validateDocument';
import { describeProjectAddition, membershipRecordId, projectMembershipActivity, projectMembershipRecords } from './projectMembership';

const ctx = { actorId: 'm1', now: 5 };

describe('project memberships', () => {
  it('derives one id per project and influencer, within the schema limit', () => {
    expect(membershipRecordId('p', 'i')).toBe('pm:p:i');
    expect(membershipRecordId('p'.repeat(64), 'i'.repeat(64)).length).toBeLessThanOrEqual(recordSchema.properties.id.maxLength);
  });

  it('adds only influencers that are not members yet, each once', () => {
    const existing = new Set([membershipRecordId('p1', 'b')]);
    const records = projectMembershipRecords('p1', ['a', 'b', 'a', 'c'], (id) => existing.has(id), ctx);
    expect(records.map((r) => r.id)).toEqual(['pm:p1:a', 'pm:p1:c']);
    expect(records[0]).toEqual({ id: 'pm:p1:a', type: 'project_member', influencerId: 'a', projectId: 'p1', createdAt: 5, createdBy: 'm1', updatedAt: 5, updatedBy: 'm1' });
  });

  it('builds a 10,000-influencer bulk add as small documents', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const records = projectMembershipRecords('11111111-1111-4111-8111-111111111111', ids, () => false, ctx);
    expect(records).toHaveLength(10_000);
    const bytes = records.reduce((n, r) => n + JSON.stringify(r).length, 0);
    expect(bytes / records.length).toBeLessThan(300);
  });
});

describe('project membership log and summary', () => {
  it('logs a membership with the project’s id and name and the bulk operation’s batch', () => {
    const [record] = projectMembershipRecords('p1', ['a'], () => false, ctx);
    if (record === undefined) throw new Error('no record');
    const entry = projectMembershipActivity(record, 'Summer launch', { id: 'act-1', actorId: 'm1', at: 5, batchId: 'b-1' });
    expect(entry).toEqual({ id: 'act-1', influencerId: 'a', actorId: 'm1', at: 5, kind: 'record_added', field: 'project_member', from: null, to: JSON.stringify({ id: 'pm:p1:a', projectId: 'p1', projectName: 'Summer launch' }), batchId: 'b-1' });
    expect(validateDocument(activitySchema, entry)).toEqual({ ok: true });
  });

  it.each([
    [{ added: 3, alreadyMembers: 0 }, 'Added 3 influencers to Summer launch.'],
    [{ added: 1, alreadyMembers: 1 }, 'Added 1 influencer to Summer launch; 1 was already a member.'],
    [{ added: 0, alreadyMembers: 2 }, 'No influencer added to Summer launch; 2 were already members.'],
    [{ added: 12_000, alreadyMembers: 0 }, 'Added 12,000 influencers to Summer launch.'],
  ])('describes %j', (counts, text) => {
    expect(describeProjectAddition('Summer launch', counts)).toBe(text);
  });
});
