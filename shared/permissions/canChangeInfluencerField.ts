import type { Influencer } from '../influencer';
import type { GuardedField } from './guardedFields';
import { activeLiaison, type PermissionContext } from './permissionContext';
import { joinWithOr, whoMayChange } from './whoMayChange';

export type FieldPermission = { allowed: true } | { allowed: false; reason: string };

/** What the check reads of an influencer. */
export type InfluencerPermissionFields = Pick<Influencer, 'kind' | 'liaisonId' | 'archived'>;

export const PLATFORM_LINK_REASON = "A platform influencer's link identifies its account and cannot be changed.";
export const DEACTIVATED_REASON = 'Your account has been deactivated: you can no longer change influencers.';

const ALLOWED: FieldPermission = Object.freeze({ allowed: true });

/**
 * May the actor change this guarded field of this influencer? The one rule that the app
 * (to disable controls and bulk actions, with the reason) and the server (on every push)
 * both call (reference 000, "Team Permissions – Data Management"):
 * - the liaison may;
 * - so may whoever the Administrators granted it to: Administrators, the Team Leader of the
 *   liaison's group (the leader of the group the liaison is in), all Team Leaders, all Members;
 * - an unassigned influencer — no liaison, or a liaison who was deactivated or is not in the
 *   team — may be changed by any member. Someone has to be able to pick it up: that is how a
 *   status change makes its author the liaison (planStatusChange), and a departed member's
 *   relationships would otherwise be frozen until an Administrator changed the settings;
 * - a platform influencer's link never changes, for anyone;
 * - a deactivated member changes nothing.
 * When refused, the reason names who can, under the current settings.
 */
export function canChangeInfluencerField(ctx: PermissionContext, influencer: InfluencerPermissionFields, field: GuardedField): FieldPermission {
  const { actor, settings } = ctx;
  if (!actor.active) return { allowed: false, reason: DEACTIVATED_REASON };
  if (field === 'link' && influencer.kind === 'platform') return { allowed: false, reason: PLATFORM_LINK_REASON };
  const liaison = activeLiaison(ctx, influencer.liaisonId);
  if (liaison === null || liaison.id === actor.id) return ALLOWED;
  const grants = settings.grants[field];
  if (grants.admins && actor.role === 'admin') return ALLOWED;
  if (grants.allLeaders && actor.role === 'leader') return ALLOWED;
  if (grants.allMembers && actor.role === 'member') return ALLOWED;
  if (grants.liaisonGroupLeader && actor.role === 'leader' && leadsGroupOf(ctx, liaison.groupId)) return ALLOWED;
  return { allowed: false, reason: `Only ${joinWithOr(whoMayChange(settings, field))} can ${actionWords(field, influencer)} this influencer.` };
}

/** Whether the actor is the Team Leader of this group (the group's leaderId says who). */
function leadsGroupOf(ctx: PermissionContext, groupId: string | null): boolean {
  return groupId !== null && ctx.groupsById.get(groupId)?.leaderId === ctx.actor.id;
}

function actionWords(field: GuardedField, influencer: InfluencerPermissionFields): string {
  switch (field) {
    case 'name':
      return 'change the name of';
    case 'link':
      return 'change the link of';
    case 'status':
      return 'change the collaboration status of';
    case 'liaison':
      return 'change the liaison of';
    case 'archive':
      return influencer.archived ? 'restore' : 'archive';
  }
}
