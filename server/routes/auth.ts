import type { FastifyInstance } from 'fastify';
import { MAX_EMAIL_LENGTH, MAX_NAME_LENGTH } from '../../shared/schemas/limits';
import { changePassword, createSession, createTeam, mustChangePassword, passwordHashOf, deleteSession, emailExists, emailTaken, findLogin, toPublicMember, type PublicMember, type PublicTeam } from '../auth/accounts';
import { authenticate } from '../auth/authenticate';
import { clearLoginFailures, isLoginBlocked, loginKeys, LOGIN_WINDOW_MS, recordLoginFailure } from '../auth/loginRateLimit';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { hashToken, newToken, TOKEN_LIFETIME_MS } from '../auth/tokens';
import type { ServerContext } from '../context';
import { HttpError } from '../errors';
import { FieldReader, invalidRequest } from '../http/readFields';

/** Account bodies are tiny; a larger one is refused before it is parsed. */
export const AUTH_BODY_LIMIT = 16 * 1024;
export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 256;

const badCredentials = (): HttpError => new HttpError(401, 'invalid_credentials', 'Wrong email or password.');

export function registerAuthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.storage;
  const options = { bodyLimit: AUTH_BODY_LIMIT };
  // Spent on logins for unknown emails, so response times do not reveal which emails exist.
  const decoyHash = hashPassword('decoy password', ctx.passwordCost);
  decoyHash.catch(() => undefined);

  const startSession = async (team: PublicTeam, member: PublicMember, mustChangePassword = false) => {
    const token = newToken();
    await createSession(db, { tokenHash: hashToken(token), teamId: team.id, memberId: member.id }, ctx.now(), TOKEN_LIFETIME_MS);
    return { token, team, member, mustChangePassword };
  };

  app.post('/api/teams', options, async (request, reply) => {
    const body = new FieldReader(request.body, ['teamName', 'name', 'email', 'password']);
    const teamName = body.text('teamName', 1, MAX_NAME_LENGTH);
    const name = body.text('name', 1, MAX_NAME_LENGTH);
    const email = body.email('email', MAX_EMAIL_LENGTH);
    const password = body.password('password', MIN_PASSWORD, MAX_PASSWORD);
    body.done();
    if (await emailExists(db, email)) throw emailTaken(); // before spending a hash on it
    const team: PublicTeam = { id: ctx.newId(), name: teamName };
    const member: PublicMember = { id: ctx.newId(), name, email, role: 'admin', groupId: null };
    await createTeam(db, team, { ...member, passwordHash: await hashPassword(password, ctx.passwordCost) }, ctx.now());
    return reply.code(201).send(await startSession(team, member));
  });

  app.post('/api/auth/login', options, async (request) => {
    const body = new FieldReader(request.body, ['email', 'password']);
    const email = body.email('email', MAX_EMAIL_LENGTH);
    const password = body.password('password', 1, MAX_PASSWORD);
    body.done();
    const keys = loginKeys(email, request.ip);
    if (await isLoginBlocked(db, keys, ctx.now())) throw tooManyAttempts();
    const row = await findLogin(db, email);
    const matches = await verifyPassword(password, row?.password_hash ?? (await decoyHash));
    if (row === undefined || !matches) {
      await recordLoginFailure(db, keys, ctx.now());
      throw badCredentials();
    }
    if (row.active !== 1) throw new HttpError(401, 'member_deactivated', 'This account has been deactivated by an Administrator.');
    await clearLoginFailures(db, keys[0]!);
    return startSession({ id: row.team_id, name: row.team_name }, toPublicMember(row), row.must_change_password === 1);
  });

  app.post('/api/auth/logout', options, async (request, reply) => {
    const session = await authenticate(request, db, ctx.now());
    await deleteSession(db, session.team.id, session.tokenHash);
    return reply.code(204).send();
  });

  app.get('/api/me', async (request) => {
    const { team, member } = await authenticate(request, db, ctx.now());
    return { team, member, mustChangePassword: await mustChangePassword(db, team.id, member.id) };
  });

  // Wrong current passwords count as failed logins (same limit, same keys): a stolen token
  // must not become a way to guess the password.
  app.post('/api/auth/password', options, async (request, reply) => {
    const session = await authenticate(request, db, ctx.now());
    const body = new FieldReader(request.body, ['currentPassword', 'newPassword']);
    const current = body.password('currentPassword', 1, MAX_PASSWORD);
    const next = body.password('newPassword', MIN_PASSWORD, MAX_PASSWORD);
    body.done();
    const keys = loginKeys(session.member.email, request.ip);
    if (await isLoginBlocked(db, keys, ctx.now())) throw tooManyAttempts();
    if (!(await verifyPassword(current, await passwordHashOf(db, session)))) {
      await recordLoginFailure(db, keys, ctx.now());
      throw invalidRequest(['currentPassword: is not your current password']);
    }
    if (current === next) throw invalidRequest(['newPassword: must differ from the current password']);
    await changePassword(db, session, await hashPassword(next, ctx.passwordCost));
    return reply.code(204).send();
  });
}

function tooManyAttempts(): HttpError {
  const minutes = LOGIN_WINDOW_MS / 60_000;
  return new HttpError(429, 'too_many_attempts', `Too many failed logins: try again in ${minutes} minutes.`, undefined, {
    'Retry-After': String(LOGIN_WINDOW_MS / 1000),
  });
}
