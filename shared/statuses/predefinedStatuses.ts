import type { StatusGroup } from './statusGroups';

export interface PredefinedStatus {
  /** Stable: stored on documents and in catalogs; never change one. */
  readonly id: string;
  readonly group: StatusGroup;
  readonly label: string;
  readonly color: string;
}

/** Where every influencer starts unless the team chose another initial status. */
export const NOT_COLLABORATED_ID = 'not_collaborated';

/** The predefined statuses of reference 001, in their default order within each group. */
export const PREDEFINED_STATUSES: readonly PredefinedStatus[] = [
  { id: NOT_COLLABORATED_ID, group: 'influencer', label: 'Not collaborated', color: '#9e9e9e' },
  { id: 'prospects', group: 'influencer', label: 'Prospects', color: '#78909c' },
  { id: 'rejected', group: 'influencer', label: 'Rejected', color: '#e53935' },
  { id: 'shortlisted', group: 'influencer', label: 'Shortlisted', color: '#8e24aa' },
  { id: 'selected', group: 'influencer', label: 'Selected', color: '#5e35b1' },
  { id: 'contacted', group: 'influencer', label: 'Contacted', color: '#1e88e5' },
  { id: 'needs_follow_up', group: 'influencer', label: 'Not replied / Needs follow-up', color: '#fb8c00' },
  { id: 'negotiating', group: 'influencer', label: 'Negotiating', color: '#f4511e' },
  { id: 'brief_sent', group: 'influencer', label: 'Brief sent', color: '#00897b' },
  { id: 'waiting_for_draft', group: 'influencer', label: 'Waiting for draft', color: '#00acc1' },
  { id: 'draft_approved', group: 'influencer', label: 'Draft approved', color: '#43a047' },
  { id: 'content_posted', group: 'influencer', label: 'Content posted', color: '#2e7d32' },
  { id: 'contract_sent', group: 'contract', label: 'Contract sent', color: '#5c6bc0' },
  { id: 'contract_signed', group: 'contract', label: 'Contract signed', color: '#283593' },
  { id: 'pre_payment_made', group: 'payment', label: 'Pre-payment made', color: '#8d6e63' },
  { id: 'paid_50_percent', group: 'payment', label: '50% paid', color: '#fdd835' },
  { id: 'payment_pending', group: 'payment', label: 'Payment pending', color: '#ffb300' },
  { id: 'paid_fully', group: 'payment', label: 'Paid fully', color: '#2e7d32' },
];

const byId = new Map(PREDEFINED_STATUSES.map((s) => [s.id, s]));

export function predefinedStatus(id: string): PredefinedStatus | undefined {
  return byId.get(id);
}
