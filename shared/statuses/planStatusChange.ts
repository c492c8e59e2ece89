import type { Influencer } from '../influencer';
import { NOT_COLLABORATED_ID } from './predefinedStatuses';
import type { StatusCatalog } from './statusCatalog';
import { STATUS_GROUP_FIELDS, STATUS_GROUP_LABELS, type StatusGroup } from './statusGroups';
import { findStatus } from './statusLookup';
import { statusOf } from './statusOf';

export type StatusChangeFields = Partial<Pick<Influencer, 'status' | 'contractStatus' | 'paymentStatus' | 'liaisonId'>>;

export type StatusChangePlan =
  | { ok: true; changed: false }
  /** `fields`: what to write on the influencer (each one is logged as its own change). */
  | { ok: true; changed: true; fields: StatusChangeFields }
  | { ok: false; reason: string };

/**
 * What setting an influencer's status in one group writes (the caller checks permissions,
 * writes and logs). One status per group: the new one replaces the old. Contract and Payment
 * can be cleared (null); the collaboration status cannot. A retired status can be kept but
 * not chosen. Moving the collaboration status away from "Not collaborated" starts the
 * relationship (reference 000): the person who does it becomes the liaison when there is none.
 */
export function planStatusChange(
  inf: Pick<Influencer, 'status' | 'contractStatus' | 'paymentStatus' | 'liaisonId'>,
  catalog: StatusCatalog,
  group: StatusGroup,
  statusId: string | null,
  actorId: string,
): StatusChangePlan {
  const current = statusOf(inf, group);
  if (statusId === current) return { ok: true, changed: false };
  const groupName = STATUS_GROUP_LABELS[group];
  if (statusId === null) {
    if (group === 'influencer') return { ok: false, reason: 'An influencer always has a collaboration status; choose another one instead.' };
    return { ok: true, changed: true, fields: { [STATUS_GROUP_FIELDS[group]]: null } };
  }
  const status = findStatus(catalog, statusId);
  if (status === undefined || status.group !== group) return { ok: false, reason: `"${statusId}" is not ${group === 'influencer' ? 'an' : 'a'} ${groupName} status.` };
  if (status.retired) return { ok: false, reason: `"${status.label}" is retired and can no longer be chosen.` };
  const fields: StatusChangeFields = { [STATUS_GROUP_FIELDS[group]]: statusId };
  if (group === 'influencer' && current === NOT_COLLABORATED_ID && inf.liaisonId === null) fields.liaisonId = actorId;
  return { ok: true, changed: true, fields };
}
