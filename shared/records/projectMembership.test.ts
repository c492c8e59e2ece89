import { describe, expect, it } from 'vitest';
import { recordSchema } from '../schemas/recordSchema';
import { membershipRecordId, projectMembershipRecords } from './projectMembership';

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
