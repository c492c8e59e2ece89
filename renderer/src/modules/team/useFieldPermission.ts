import { canChangeInfluencerField, type FieldPermission, type InfluencerPermissionFields } from '../../../../shared/permissions/canChangeInfluencerField';
import type { GuardedField } from '../../../../shared/permissions/guardedFields';
import { usePermissionContext } from './permissionContext';

const UNKNOWN: FieldPermission = { allowed: false, reason: 'Signing in…' };

/** May the signed-in member change this guarded field of this influencer (and if not, why)? */
export function useFieldPermission(influencer: InfluencerPermissionFields, field: GuardedField): FieldPermission {
  const ctx = usePermissionContext();
  return ctx === null ? UNKNOWN : canChangeInfluencerField(ctx, influencer, field);
}
