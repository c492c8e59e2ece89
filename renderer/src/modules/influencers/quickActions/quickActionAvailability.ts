import type { Influencer } from '../../../../../shared/influencer';
import { canChangeInfluencerField, DEACTIVATED_REASON } from '../../../../../shared/permissions/canChangeInfluencerField';
import type { PermissionContext } from '../../../../../shared/permissions/permissionContext';

/** What the quick actions read of a row. */
export type QuickActionRow = Pick<Influencer, 'kind' | 'liaisonId' | 'archived' | 'link' | 'email'>;

export type QuickActionId = 'openDetails' | 'copyEmail' | 'openLink' | 'changeStatus' | 'addLabel' | 'archive';

/** Per action: null when it can run, else why not, in words for the disabled control. */
export type QuickActionAvailability = Record<QuickActionId, string | null>;

export const NO_EMAIL_REASON = 'This influencer has no email to copy.';
export const NO_LINK_REASON = 'This influencer has no link to open.';
export const SIGNING_IN_REASON = 'Signing in…';

/** An address the browser may open: http(s) only, never javascript: or file:. */
export function openableLink(link: string): string | null {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Which quick actions a member may run on a row, and why not: the same permission function
 * as the details page and the bulk operations (status and archive are guarded; labels are
 * everyone's but a deactivated member's). `ctx` null: the session is not known yet.
 */
export function quickActionAvailability(row: QuickActionRow, ctx: PermissionContext | null): QuickActionAvailability {
  const guarded = (field: 'status' | 'archive'): string | null => {
    if (ctx === null) return SIGNING_IN_REASON;
    const permission = canChangeInfluencerField(ctx, row, field);
    return permission.allowed ? null : permission.reason;
  };
  return {
    openDetails: null,
    copyEmail: row.email === null || row.email === '' ? NO_EMAIL_REASON : null,
    openLink: openableLink(row.link) === null ? NO_LINK_REASON : null,
    changeStatus: guarded('status'),
    addLabel: ctx === null ? SIGNING_IN_REASON : ctx.actor.active ? null : DEACTIVATED_REASON,
    archive: guarded('archive'),
  };
}
