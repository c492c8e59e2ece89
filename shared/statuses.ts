/**
 * The collaboration status catalog (the "Influencer" status group of reference 001).
 * Status ids are stable and stored on documents; labels are what people read.
 */
export interface CollaborationStatus {
  id: string;
  label: string;
  color: string;
}

export const INITIAL_STATUS_ID = 'not_collaborated';

export const COLLABORATION_STATUSES: readonly CollaborationStatus[] = [
  { id: 'not_collaborated', label: 'Not collaborated', color: '#9e9e9e' },
  { id: 'prospects', label: 'Prospects', color: '#78909c' },
  { id: 'rejected', label: 'Rejected', color: '#e53935' },
  { id: 'shortlisted', label: 'Shortlisted', color: '#8e24aa' },
  { id: 'selected', label: 'Selected', color: '#5e35b1' },
  { id: 'contacted', label: 'Contacted', color: '#1e88e5' },
  { id: 'needs_follow_up', label: 'Not replied / Needs follow-up', color: '#fb8c00' },
  { id: 'negotiating', label: 'Negotiating', color: '#f4511e' },
  { id: 'brief_sent', label: 'Brief sent', color: '#00897b' },
  { id: 'waiting_for_draft', label: 'Waiting for draft', color: '#00acc1' },
  { id: 'draft_approved', label: 'Draft approved', color: '#43a047' },
  { id: 'content_posted', label: 'Content posted', color: '#2e7d32' },
];

const byId = new Map(COLLABORATION_STATUSES.map((s) => [s.id, s]));

/** The status for an id; an unknown id (e.g. a retired custom status) still reads as itself. */
export function collaborationStatus(id: string): CollaborationStatus {
  return byId.get(id) ?? { id, label: id, color: '#9e9e9e' };
}
