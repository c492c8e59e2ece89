import { requestJson, ServerError, type FetchFunction } from '../sync/serverApi';
import { sessionFromAnswer, type Session } from './session';

export type AuthResult = { ok: true; session: Session } | { ok: false; message: string };

export interface NewTeamInput {
  teamName: string;
  name: string;
  email: string;
  password: string;
}

/**
 * The server address as typed, made into an origin-like base URL: "http://" is added when no
 * scheme is given, a trailing slash is dropped; only http(s) addresses are accepted.
 */
export function normalizeServerUrl(input: string): { ok: true; url: string } | { ok: false; reason: string } {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'Enter the address of your team’s sync server.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: `"${trimmed}" is not a web address, e.g. http://127.0.0.1:8787.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: 'The server address must start with http:// or https://.' };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** An error of the account routes in words a person can act on. */
export function describeAuthError(error: unknown, serverUrl: string): string {
  if (!(error instanceof ServerError)) return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
  switch (error.kind) {
    case 'network':
      return `Cannot reach the server at ${serverUrl}. Check the address and your connection, then try again.`;
    case 'bad_answer':
      return `${serverUrl} does not look like an Influencer CRM sync server. Check the address.`;
    case 'unauthorized':
    case 'http':
      break;
  }
  if (error.code === 'invalid_credentials') return 'Wrong email or password.';
  if (error.code === 'member_deactivated') return 'This account has been deactivated by an Administrator of your team.';
  if (error.status === 429) {
    const minutes = error.retryAfterSeconds === null ? null : Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    return `Too many failed sign-in attempts. Try again ${minutes === null ? 'later' : `in ${minutes} minute${minutes === 1 ? '' : 's'}`}.`;
  }
  if (error.code === 'email_taken') return 'This email already belongs to an account. Sign in instead.';
  if (error.code === 'origin_not_allowed') return 'This server does not accept requests from this app.';
  if (error.status === 400 && error.details.length > 0) return `Please check: ${error.details.join('; ')}.`;
  return error.message;
}

async function sessionFrom(serverUrl: string, request: Promise<unknown>): Promise<AuthResult> {
  try {
    const session = sessionFromAnswer(serverUrl, await request);
    if (session === null) return { ok: false, message: `${serverUrl} does not look like an Influencer CRM sync server. Check the address.` };
    return { ok: true, session };
  } catch (error) {
    return { ok: false, message: describeAuthError(error, serverUrl) };
  }
}

/** POST /api/auth/login. */
export function signIn(serverUrl: string, email: string, password: string, fetch?: FetchFunction): Promise<AuthResult> {
  return sessionFrom(serverUrl, requestJson(serverUrl, '/api/auth/login', { method: 'POST', body: { email: email.trim(), password }, fetch }));
}

/** POST /api/teams: a new team with its first Administrator, who is signed in. */
export function createTeam(serverUrl: string, input: NewTeamInput, fetch?: FetchFunction): Promise<AuthResult> {
  const body = { teamName: input.teamName.trim(), name: input.name.trim(), email: input.email.trim(), password: input.password };
  return sessionFrom(serverUrl, requestJson(serverUrl, '/api/teams', { method: 'POST', body, fetch }));
}

/** POST /api/auth/logout: the token stops working. Best effort: offline, the token just expires. */
export async function signOutOnServer(session: Session, fetch?: FetchFunction): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5_000);
  try {
    await requestJson(session.serverUrl, '/api/auth/logout', { method: 'POST', token: session.token, fetch, signal: controller.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** POST /api/auth/password: replaces the member's password (e.g. the one-time one). */
export async function changePassword(session: Session, currentPassword: string, newPassword: string, fetch?: FetchFunction): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await requestJson(session.serverUrl, '/api/auth/password', { method: 'POST', token: session.token, body: { currentPassword, newPassword }, fetch });
    return { ok: true };
  } catch (error) {
    if (error instanceof ServerError && error.kind === 'network') return { ok: false, message: 'Changing your password needs a connection to the sync server. Try again when you are online.' };
    return { ok: false, message: describeAuthError(error, session.serverUrl) };
  }
}
