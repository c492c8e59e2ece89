import type { Session } from '../../session/session';
import { requestJson, ServerError, type FetchFunction } from '../../sync/serverApi';

/**
 * Team administration through the server (Administrators only). Members and groups are written
 * by the server alone — a member's account holds a password hash the app never sees — and
 * reach every app by replication, so these calls return nothing the screens need: the change
 * shows when the replicated documents arrive.
 */
export type TeamApiResult = { ok: true } | { ok: false; message: string };

export type TeamRole = 'admin' | 'leader' | 'member';

export interface NewMemberInput {
  name: string;
  email: string;
  /** One-time password: the person signs in with it and is then asked to choose their own. */
  password: string;
  role: TeamRole;
  groupId: string | null;
}

async function call(session: Session, path: string, method: 'POST' | 'PATCH' | 'DELETE', body: unknown, fetch?: FetchFunction): Promise<TeamApiResult> {
  try {
    await requestJson(session.serverUrl, path, { method, token: session.token, body, fetch });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeTeamError(error) };
  }
}

/** An error of the team routes in words a person can act on. */
export function describeTeamError(error: unknown): string {
  if (!(error instanceof ServerError)) return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
  if (error.kind === 'network') return 'Team settings need a connection to the sync server. Try again when you are online.';
  if (error.kind === 'unauthorized') return 'The server no longer accepts this sign-in. Sign in again.';
  if (error.status === 403) return `Only Administrators can change team settings. ${error.message}`;
  if (error.status === 400 && error.details.length > 0) return `Please check: ${error.details.join('; ')}.`;
  return error.message;
}

const memberPath = (id: string) => `/api/members/${encodeURIComponent(id)}`;
const groupPath = (id: string) => `/api/groups/${encodeURIComponent(id)}`;

export const teamApi = {
  addMember: (session: Session, input: NewMemberInput, fetch?: FetchFunction) =>
    // The member chooses their own password at first sign-in.
    call(session, '/api/members', 'POST', { ...input, name: input.name.trim(), email: input.email.trim(), mustChangePassword: true, ...(input.groupId === null ? { groupId: undefined } : {}) }, fetch),
  changeMember: (session: Session, id: string, change: { role?: TeamRole; groupId?: string | null; name?: string }, fetch?: FetchFunction) =>
    call(session, memberPath(id), 'PATCH', change, fetch),
  deactivateMember: (session: Session, id: string, fetch?: FetchFunction) => call(session, `${memberPath(id)}/deactivate`, 'POST', {}, fetch),
  createGroup: (session: Session, name: string, fetch?: FetchFunction) => call(session, '/api/groups', 'POST', { name: name.trim() }, fetch),
  changeGroup: (session: Session, id: string, change: { name?: string; leaderId?: string | null }, fetch?: FetchFunction) =>
    call(session, groupPath(id), 'PATCH', change, fetch),
  deleteGroup: (session: Session, id: string, fetch?: FetchFunction) => call(session, groupPath(id), 'DELETE', undefined, fetch),
};
