import { canChangeInfluencerField, type FieldPermission, type InfluencerPermissionFields } from '../../../../shared/permissions/canChangeInfluencerField';
import type { Influencer } from '../../../../shared/influencer';
import { lockRefusal } from '../../../../shared/recording/isLocked';
import type { GuardedField } from '../../../../shared/permissions/guardedFields';
import { usePermissionContext } from './permissionContext';

const UNKNOWN: FieldPermission = { allowed: false, reason: 'Signing in…' };

/**
 * May the signed-in member change this guarded field of this influencer (and if not, why)?
 * Nobody may while it is being recorded (shared/recording/isLocked).
 */
export function useFieldPermission(influencer: InfluencerPermissionFields & Partial<Pick<Influencer, 'recording'>>, field: GuardedField): FieldPermission {
  const ctx = usePermissionContext();
  const locked = lockRefusal(influencer);
  if (locked !== null) return { allowed: false, reason: locked };
  return ctx === null ? UNKNOWN : canChangeInfluencerField(ctx, influencer, field);
}

/** Why nobody may edit this influencer now (it is being recorded), or null: for controls every member may use. */
export function useEditLock(influencer: Partial<Pick<Influencer, 'recording'>>): string | null {
  return lockRefusal(influencer);
}
