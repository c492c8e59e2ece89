import type { Group } from '../team/group';
import type { Member } from '../team/member';
import type { DataManagementSettings } from './dataManagementSettings';

/** Everything a permission check reads: who acts, the team (replicated, so it works offline) and its settings. */
export interface PermissionContext {
  actor: Member;
  membersById: ReadonlyMap<string, Member>;
  groupsById: ReadonlyMap<string, Group>;
  settings: DataManagementSettings;
}

export function buildPermissionContext(actor: Member, members: readonly Member[], groups: readonly Group[], settings: DataManagementSettings): PermissionContext {
  return {
    actor,
    membersById: new Map(members.map((m) => [m.id, m])),
    groupsById: new Map(groups.map((g) => [g.id, g])),
    settings,
  };
}

/**
 * The influencer's liaison when it is an active member of the team; null when the influencer
 * is unassigned — no liaison, or one who was deactivated or is not in the team (demo data).
 */
export function activeLiaison(ctx: PermissionContext, liaisonId: string | null): Member | null {
  if (liaisonId === null) return null;
  const liaison = ctx.membersById.get(liaisonId);
  return liaison !== undefined && liaison.active ? liaison : null;
}
