import type { Role } from '../team/role';

export type LabelPermission = { allowed: true } | { allowed: false; reason: string };

/**
 * Who manages labels. Creating, renaming and recoloring: every member (reference 000: the
 * CRM is "maintained and updated uniformly by all accounts"; reference 003: anyone adds a
 * group from the contact's info). Merging and deleting rewrite the labels of influencers
 * across the whole team, other members' included, and cannot be told apart from a mistake
 * afterwards: Administrators only.
 */
export function canMergeOrDeleteLabels(actor: { role: Role }): LabelPermission {
  if (actor.role === 'admin') return { allowed: true };
  return { allowed: false, reason: 'Only Administrators can merge or delete labels: it changes the labels of influencers across the whole team.' };
}
