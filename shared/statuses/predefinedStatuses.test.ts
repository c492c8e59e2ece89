import { describe, expect, it } from 'vitest';
import { COLLABORATION_STATUSES, collaborationStatus, INITIAL_STATUS_ID } from '../statuses';
import { NOT_COLLABORATED_ID, PREDEFINED_STATUSES } from './predefinedStatuses';
import { STATUS_GROUPS } from './statusGroups';

const labels = (group: string) => PREDEFINED_STATUSES.filter((s) => s.group === group).map((s) => s.label);

describe('predefined statuses (reference 001)', () => {
  it('has the three groups with their statuses in order', () => {
    expect(labels('influencer')).toEqual([
      'Not collaborated', 'Prospects', 'Rejected', 'Shortlisted', 'Selected', 'Contacted', 'Not replied / Needs follow-up',
      'Negotiating', 'Brief sent', 'Waiting for draft', 'Draft approved', 'Content posted',
    ]);
    expect(labels('contract')).toEqual(['Contract sent', 'Contract signed']);
    expect(labels('payment')).toEqual(['Pre-payment made', '50% paid', 'Payment pending', 'Paid fully']);
    expect(new Set(PREDEFINED_STATUSES.map((s) => s.group))).toEqual(new Set(STATUS_GROUPS));
  });

  it('has unique, storable ids and hex colors', () => {
    expect(new Set(PREDEFINED_STATUSES.map((s) => s.id)).size).toBe(PREDEFINED_STATUSES.length);
    for (const s of PREDEFINED_STATUSES) {
      expect(s.id).toMatch(/^[a-z0-9_]+$/);
      expect(s.color).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('keeps the ids, labels and colors the collaboration-status API had', () => {
    expect(INITIAL_STATUS_ID).toBe(NOT_COLLABORATED_ID);
    expect(COLLABORATION_STATUSES.map((s) => s.id)).toEqual([
      'not_collaborated', 'prospects', 'rejected', 'shortlisted', 'selected', 'contacted', 'needs_follow_up',
      'negotiating', 'brief_sent', 'waiting_for_draft', 'draft_approved', 'content_posted',
    ]);
    expect(collaborationStatus('contacted')).toEqual({ id: 'contacted', label: 'Contacted', color: '#1e88e5' });
    expect(collaborationStatus('gone')).toEqual({ id: 'gone', label: 'gone', color: '#9e9e9e' });
  });
});
