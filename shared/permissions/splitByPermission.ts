import { canChangeInfluencerField, type InfluencerPermissionFields } from './canChangeInfluencerField';
import type { GuardedField } from './guardedFields';
import type { PermissionContext } from './permissionContext';

export interface PermissionSplit<T> {
  allowed: T[];
  refused: { influencer: T; reason: string }[];
}

/**
 * A bulk operation over a mixed selection: the influencers the actor may change this field
 * of, and the others with the reason ("3 of 50 were not archived: Only the liaison…").
 */
export function splitByPermission<T extends InfluencerPermissionFields>(ctx: PermissionContext, influencers: readonly T[], field: GuardedField): PermissionSplit<T> {
  const split: PermissionSplit<T> = { allowed: [], refused: [] };
  for (const influencer of influencers) {
    const permission = canChangeInfluencerField(ctx, influencer, field);
    if (permission.allowed) split.allowed.push(influencer);
    else split.refused.push({ influencer, reason: permission.reason });
  }
  return split;
}
