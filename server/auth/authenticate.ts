import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { HttpError } from '../errors';
import type { Database } from '../storage/tables';
import { findSession, type Session } from './accounts';
import { hashToken } from './tokens';

export const unauthorized = (message = 'Log in first: no valid token.'): HttpError =>
  new HttpError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer' });

function tokenFrom(request: FastifyRequest, allowQueryToken: boolean): string | null {
  const header = request.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    return match?.[1] ?? null;
  }
  // EventSource cannot send headers, so the stream also takes `?token=`.
  if (allowQueryToken && typeof request.query === 'object' && request.query !== null && 'token' in request.query) {
    const { token } = request.query;
    return typeof token === 'string' && token !== '' ? token : null;
  }
  return null;
}

/** The caller's session from its bearer token, or 401. */
export async function authenticate(
  request: FastifyRequest,
  db: Kysely<Database>,
  now: number,
  options: { allowQueryToken?: boolean } = {},
): Promise<Session> {
  const token = tokenFrom(request, options.allowQueryToken ?? false);
  if (token === null) throw unauthorized();
  const session = await findSession(db, hashToken(token), now);
  if (session === null) throw unauthorized('The token is not valid (logged out, expired, or the member was deactivated).');
  return session;
}
