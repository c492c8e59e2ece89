import type { Role } from './role';

/**
 * A team member as every app sees it: the replicated `members` document, written only by the
 * server (Team settings go through its API). It never carries password data: the server keeps
 * the hash in its accounts table.
 *
 * Invariants (teamProblems checks them): an Administrator is in no group; a Team Leader is an
 * active member of a group whose `leaderId` is theirs; a Member is in at most one group.
 */
export interface Member {
  id: string;
  name: string;
  /** Lower-case; unique across the server. */
  email: string;
  role: Role;
  groupId: string | null;
  /** false: deactivated by an Administrator; cannot sign in, their history stays. */
  active: boolean;
  createdAt: number;
  updatedAt: number;
}
