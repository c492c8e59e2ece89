import type { Group } from './group';
import type { Member } from './member';

/** The team's members and groups, as the rules read them. */
export interface TeamRoster {
  members: readonly Member[];
  groups: readonly Group[];
}

/** Why a team change is refused; the server maps each code to an HTTP answer. */
export type TeamRefusalCode =
  | 'not_found'
  | 'invalid_name'
  | 'name_taken'
  | 'group_not_empty'
  | 'last_administrator'
  | 'leader_needs_group'
  | 'administrator_in_group'
  | 'not_in_group'
  | 'member_deactivated'
  | 'cannot_deactivate_self';

/**
 * What a team rule decides: the member and group documents to write (only those that
 * change, stamped `updatedAt`), groups to delete, and notices for people ("Marketing has no
 * Team Leader now…"); or a refusal with the reason in words.
 */
export type TeamChange = TeamChangeApplied | TeamRefusal;

export interface TeamChangeApplied {
  ok: true;
  members: Member[];
  groups: Group[];
  deletedGroupIds: string[];
  notices: string[];
}

export interface TeamRefusal {
  ok: false;
  code: TeamRefusalCode;
  reason: string;
}

export function refuse(code: TeamRefusalCode, reason: string): TeamRefusal {
  return { ok: false, code, reason };
}

export function noChange(): TeamChange {
  return { ok: true, members: [], groups: [], deletedGroupIds: [], notices: [] };
}
