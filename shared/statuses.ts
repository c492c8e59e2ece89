/**
 * The predefined collaboration statuses (the "Influencer" status group of reference 001), as
 * the code before team catalogs read them. Kept for existing importers; new code reads the
 * team's catalog through shared/statuses/ (readStatusCatalog, statusesForGroup, describeStatus).
 */
import { NOT_COLLABORATED_ID, PREDEFINED_STATUSES } from './statuses/predefinedStatuses';

export interface CollaborationStatus {
  id: string;
  label: string;
  color: string;
}

/** The initial status of a team that has not chosen another (see StatusCatalog.initialStatusId). */
export const INITIAL_STATUS_ID = NOT_COLLABORATED_ID;

export const COLLABORATION_STATUSES: readonly CollaborationStatus[] = PREDEFINED_STATUSES
  .filter((s) => s.group === 'influencer')
  .map(({ id, label, color }) => ({ id, label, color }));

const byId = new Map(COLLABORATION_STATUSES.map((s) => [s.id, s]));

/** The status for an id; an unknown id (e.g. a retired custom status) still reads as itself. */
export function collaborationStatus(id: string): CollaborationStatus {
  return byId.get(id) ?? { id, label: id, color: '#9e9e9e' };
}
