import { useMemo } from 'react';
import { usePermissionContext } from '../../team/permissionContext';
import { quickActionAvailability, type QuickActionAvailability, type QuickActionRow } from './quickActionAvailability';

/** The row's quick actions as the signed-in member may run them, with the reasons when not. */
export function useQuickActionAvailability(row: QuickActionRow): QuickActionAvailability {
  const ctx = usePermissionContext();
  return useMemo(() => quickActionAvailability(row, ctx), [row, ctx]);
}
