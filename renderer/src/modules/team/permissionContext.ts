import { useMemo } from 'react';
import type { PermissionContext } from '../../../../shared/permissions/permissionContext';
import type { Member } from '../../../../shared/team/member';
import type { SessionMember } from '../../session/session';
import { currentMember, useSessionState } from '../../session/sessionState';
import { useTeamDirectory, type TeamDirectory } from './teamDirectoryStore';

/**
 * The signed-in member as the rules see them: the replicated member document (the current
 * role and group, even when an Administrator changed them after sign-in), or — before the team
 * data has arrived on a first sign-in — what the sign-in answer said.
 */
function actorFrom(directory: Pick<TeamDirectory, 'membersById'>, me: SessionMember): Member {
  return directory.membersById.get(me.id) ?? { ...me, active: true, createdAt: 0, updatedAt: 0 };
}

function contextFrom(directory: TeamDirectory, me: SessionMember): PermissionContext {
  return { actor: actorFrom(directory, me), membersById: directory.membersById, groupsById: directory.groupsById, settings: directory.dataManagement };
}

/** For commands (outside React): the permission context right now. */
export function currentPermissionContext(): PermissionContext {
  return contextFrom(useTeamDirectory.getState(), currentMember());
}

/** For screens: the permission context, re-rendering when the team or its settings change. */
export function usePermissionContext(): PermissionContext | null {
  const session = useSessionState();
  const membersById = useTeamDirectory((s) => s.membersById);
  const groupsById = useTeamDirectory((s) => s.groupsById);
  const settings = useTeamDirectory((s) => s.dataManagement);
  const me = session.status === 'signedIn' ? session.session.member : null;
  return useMemo(
    () => (me === null ? null : { actor: actorFrom({ membersById }, me), membersById, groupsById, settings }),
    [me, membersById, groupsById, settings],
  );
}
