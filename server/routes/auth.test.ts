import { describe, expect, it } from 'vitest';
import { MAX_LOGIN_FAILURES, LOGIN_WINDOW_MS } from '../auth/loginRateLimit';
import { TOKEN_LIFETIME_MS } from '../auth/tokens';
import { addMember, bearer, createTeam, ENGINES, TestClock, uniqueEmail, useDatabases, useTestServer } from '../../tests/server/testServer';

const databases = useDatabases();
const PASSWORD = 'correct horse battery';

describe.each(ENGINES)('accounts API on %s', (engine) => {
  let clock = new TestClock();
  const server = useTestServer(databases, engine, () => {
    clock = new TestClock();
    return { now: clock.now };
  });
  const login = (email: string, password: string, remoteAddress = '127.0.0.1') =>
    server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

  it('reports its storage engine in /api/health', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ ok: true, storage: engine, version: 'test' });
  });

  describe('POST /api/teams', () => {
    it('creates a team with its first Administrator and a working token', async () => {
      const email = uniqueEmail();
      const res = await server.app.inject({ method: 'POST', url: '/api/teams', payload: { teamName: ' Acme ', name: 'Ada', email: email.toUpperCase(), password: PASSWORD } });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toEqual({
        token: expect.stringMatching(/^[\w-]{43}$/),
        team: { id: expect.any(String), name: 'Acme' },
        member: { id: expect.any(String), name: 'Ada', email, role: 'admin', groupId: null },
        mustChangePassword: false,
      });
      const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(body.token) });
      expect(me.json()).toEqual({ team: body.team, member: body.member, mustChangePassword: false });
    });

    it('keeps only a salted slow hash of the password and a SHA-256 of the token', async () => {
      const a = await createTeam(server.app, { password: PASSWORD });
      await createTeam(server.app, { password: PASSWORD });
      const members = await server.storage.db.selectFrom('members').select('password_hash').execute();
      expect(members).toHaveLength(2);
      for (const { password_hash } of members) {
        expect(password_hash).toMatch(/^scrypt\$\d+\$8\$1\$/);
        expect(password_hash).not.toContain(PASSWORD);
      }
      expect(members[0]!.password_hash).not.toBe(members[1]!.password_hash); // salted
      const sessions = await server.storage.db.selectFrom('sessions').select(['token_hash', 'expires_at', 'created_at']).execute();
      expect(sessions.map((s) => s.token_hash)).not.toContain(a.token);
      expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.token_hash))).toBe(true);
      expect(sessions.every((s) => s.expires_at - s.created_at === TOKEN_LIFETIME_MS)).toBe(true);
    });

    it('answers 400 listing every problem, and creates nothing', async () => {
      const res = await server.app.inject({ method: 'POST', url: '/api/teams', payload: { name: '', email: 'not-an-email', password: 'short', extra: 1 } });
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('invalid_request');
      expect(error.details).toEqual(
        expect.arrayContaining(['extra: unknown field', 'teamName: is required', 'name: must not be empty', 'email: must be an email address', 'password: must be at least 8 characters']),
      );
      expect(await server.storage.db.selectFrom('teams').selectAll().execute()).toEqual([]);
    });

    it('answers 400 for a body that is not a JSON object, or not JSON', async () => {
      const array = await server.app.inject({ method: 'POST', url: '/api/teams', payload: [1] });
      expect(array.statusCode).toBe(400);
      expect(array.json().error.details).toEqual(['body: must be a JSON object']);
      const broken = await server.app.inject({ method: 'POST', url: '/api/teams', headers: { 'content-type': 'application/json' }, payload: '{"teamName":' });
      expect(broken.statusCode).toBe(400);
      expect(broken.json()).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
    });

    it('answers 409 when the email is taken, in any team and any letter case', async () => {
      const email = uniqueEmail();
      await createTeam(server.app, { email });
      const res = await server.app.inject({ method: 'POST', url: '/api/teams', payload: { teamName: 'Other', name: 'B', email: email.toUpperCase(), password: PASSWORD } });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toEqual({ error: { code: 'email_taken', message: expect.any(String) } });
      expect(await server.storage.db.selectFrom('teams').selectAll().execute()).toHaveLength(1);
    });

    it('answers 413 in the contract shape for a body over the limit', async () => {
      const res = await server.app.inject({ method: 'POST', url: '/api/teams', payload: { teamName: 'x'.repeat(20_000), name: 'A', email: uniqueEmail(), password: PASSWORD } });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toEqual({ error: { code: 'body_too_large', message: expect.any(String) } });
    });

    it('answers 415 in the contract shape for a body that is not JSON', async () => {
      const res = await server.app.inject({ method: 'POST', url: '/api/teams', headers: { 'content-type': 'application/xml' }, payload: '<team/>' });
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe('unsupported_media_type');
    });
  });

  describe('POST /api/auth/login', () => {
    it('logs in with the right password, whatever the email case', async () => {
      const admin = await createTeam(server.app, { password: PASSWORD });
      const res = await login(admin.member.email.toUpperCase(), PASSWORD);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toEqual({ token: expect.any(String), team: admin.team, member: admin.member, mustChangePassword: false });
      expect(body.token).not.toBe(admin.token);
    });

    it('answers 401 for a wrong password or an unknown email', async () => {
      const admin = await createTeam(server.app);
      for (const res of [await login(admin.member.email, 'wrong password'), await login(uniqueEmail(), PASSWORD)]) {
        expect(res.statusCode).toBe(401);
        expect(res.json()).toEqual({ error: { code: 'invalid_credentials', message: 'Wrong email or password.' } });
      }
    });

    it('answers 400 for a malformed body', async () => {
      const res = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 42 } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toEqual(['email: must be a string', 'password: is required']);
    });

    it(`answers 429 after ${MAX_LOGIN_FAILURES} failures for one email, even with the right password, until the window passes`, async () => {
      const admin = await createTeam(server.app, { password: PASSWORD });
      for (let i = 0; i < MAX_LOGIN_FAILURES; i++) {
        expect((await login(admin.member.email, 'wrong password', `10.0.0.${i}`)).statusCode).toBe(401);
      }
      const blocked = await login(admin.member.email, PASSWORD, '10.0.1.1');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('too_many_attempts');
      expect(blocked.headers['retry-after']).toBe(String(LOGIN_WINDOW_MS / 1000));
      clock.advance(LOGIN_WINDOW_MS);
      expect((await login(admin.member.email, PASSWORD, '10.0.1.1')).statusCode).toBe(200);
    });

    it('answers 429 after repeated failures from one address, across emails', async () => {
      const admin = await createTeam(server.app, { password: PASSWORD });
      for (let i = 0; i < MAX_LOGIN_FAILURES; i++) expect((await login(uniqueEmail(), 'wrong password', '10.9.9.9')).statusCode).toBe(401);
      expect((await login(admin.member.email, PASSWORD, '10.9.9.9')).statusCode).toBe(429);
      expect((await login(admin.member.email, PASSWORD, '10.9.9.8')).statusCode).toBe(200);
    });

    it('counts failures in the database, so every instance sees them', async () => {
      const admin = await createTeam(server.app, { password: PASSWORD });
      const other = await server.extra({ now: clock.now });
      for (let i = 0; i < MAX_LOGIN_FAILURES; i++) {
        const app = i % 2 === 0 ? server.app : other.app;
        await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: admin.member.email, password: 'nope' }, remoteAddress: `10.1.0.${i}` });
      }
      const res = await other.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: admin.member.email, password: PASSWORD }, remoteAddress: '10.1.1.1' });
      expect(res.statusCode).toBe(429);
    });

    it('a successful login forgives earlier failures of that email', async () => {
      const admin = await createTeam(server.app, { password: PASSWORD });
      for (let i = 0; i < MAX_LOGIN_FAILURES - 1; i++) await login(admin.member.email, 'wrong password', `10.2.0.${i}`);
      expect((await login(admin.member.email, PASSWORD, '10.2.1.0')).statusCode).toBe(200);
      await login(admin.member.email, 'wrong password', '10.2.2.0');
      expect((await login(admin.member.email, PASSWORD, '10.2.3.0')).statusCode).toBe(200);
    });
  });

  describe('sessions', () => {
    it('POST /api/auth/logout answers 204 and the token stops working; other tokens keep working', async () => {
      const admin = await createTeam(server.app, { password: PASSWORD });
      const second = (await login(admin.member.email, PASSWORD)).json().token as string;
      const res = await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(admin.token) });
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
      const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(admin.token) });
      expect(me.statusCode).toBe(401);
      expect(me.json().error.code).toBe('unauthorized');
      expect((await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(second) })).statusCode).toBe(200);
      expect((await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(admin.token) })).statusCode).toBe(401);
    });

    it('GET /api/me answers 401 without a token, with a malformed header and with an unknown token', async () => {
      for (const headers of [{}, { authorization: 'Basic abc' }, bearer('not-a-real-token')]) {
        const res = await server.app.inject({ method: 'GET', url: '/api/me', headers });
        expect(res.statusCode).toBe(401);
        expect(res.headers['www-authenticate']).toBe('Bearer');
        expect(res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
      }
    });

    it('tokens expire after their lifetime', async () => {
      const admin = await createTeam(server.app);
      clock.advance(TOKEN_LIFETIME_MS - 1);
      expect((await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(admin.token) })).statusCode).toBe(200);
      clock.advance(1);
      expect((await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(admin.token) })).statusCode).toBe(401);
    });

    it("a deactivated member's token answers 401 and the member cannot log in", async () => {
      const admin = await createTeam(server.app);
      const member = await addMember(server.app, admin);
      const off = await server.app.inject({ method: 'POST', url: `/api/members/${member.member.id}/deactivate`, headers: bearer(admin.token) });
      expect(off.statusCode).toBe(200);
      const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(member.token) });
      expect(me.statusCode).toBe(401);
      const res = await login(member.member.email, 'member password 1');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('member_deactivated');
      expect((await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(admin.token) })).statusCode).toBe(200);
    });
  });

  describe('POST /api/members', () => {
    it('lets an Administrator add members of every role, who then log in to the same team', async () => {
      const admin = await createTeam(server.app);
      const group = await server.app.inject({ method: 'POST', url: '/api/groups', headers: bearer(admin.token), payload: { name: 'Sales' } });
      const groupId = group.json<{ group: { id: string } }>().group.id;
      for (const role of ['admin', 'leader', 'member'] as const) {
        const email = uniqueEmail(role);
        const res = await server.app.inject({
          method: 'POST',
          url: '/api/members',
          headers: bearer(admin.token),
          payload: { name: 'New person', email, password: 'another password', role, groupId: role === 'admin' ? undefined : groupId },
        });
        expect(res.statusCode).toBe(201);
        // The new Member joins the group the new Team Leader leads; nobody lost the lead.
        expect(res.json()).toEqual({ member: { id: expect.any(String), name: 'New person', email, role, groupId: role === 'admin' ? null : groupId }, notices: [] });
        const signedIn = await login(email, 'another password');
        expect(signedIn.json().team).toEqual(admin.team);
      }
    });

    it('answers 403 for leaders and members', async () => {
      const admin = await createTeam(server.app);
      for (const role of ['leader', 'member'] as const) {
        const caller = await addMember(server.app, admin, role);
        const res = await server.app.inject({ method: 'POST', url: '/api/members', headers: bearer(caller.token), payload: { name: 'X', email: uniqueEmail(), password: PASSWORD, role: 'admin' } });
        expect(res.statusCode).toBe(403);
        expect(res.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
      }
    });

    it('answers 401 without a token, 400 with details, 409 for an email of another team', async () => {
      const admin = await createTeam(server.app);
      const other = await createTeam(server.app);
      const noToken = await server.app.inject({ method: 'POST', url: '/api/members', payload: { name: 'X', email: uniqueEmail(), password: PASSWORD, role: 'member' } });
      expect(noToken.statusCode).toBe(401);
      const bad = await server.app.inject({ method: 'POST', url: '/api/members', headers: bearer(admin.token), payload: { name: 'X', email: uniqueEmail(), password: PASSWORD, role: 'owner', groupId: 7 } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details).toEqual(['role: must be one of admin, leader, member', 'groupId: must be null or a string of 1 to 64 characters']);
      const taken = await server.app.inject({ method: 'POST', url: '/api/members', headers: bearer(admin.token), payload: { name: 'X', email: other.member.email, password: PASSWORD, role: 'member' } });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error.code).toBe('email_taken');
    });
  });

  describe('one-time passwords: POST /api/auth/password', () => {
    const change = (token: string, payload: object, remoteAddress = '127.0.0.1') =>
      server.app.inject({ method: 'POST', url: '/api/auth/password', headers: bearer(token), payload, remoteAddress });

    it('a member added with mustChangePassword is told so at sign-in until they choose their own; other sessions end', async () => {
      const admin = await createTeam(server.app);
      const email = uniqueEmail();
      const added = await server.app.inject({ method: 'POST', url: '/api/members', headers: bearer(admin.token), payload: { name: 'Nia', email, password: 'one-time pass', role: 'member', mustChangePassword: true } });
      expect(added.statusCode).toBe(201);
      const first = await login(email, 'one-time pass');
      expect(first.json().mustChangePassword).toBe(true);
      const other = (await login(email, 'one-time pass')).json().token as string;
      const me = await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(first.json().token) });
      expect(me.json().mustChangePassword).toBe(true);

      const res = await change(first.json().token, { currentPassword: 'one-time pass', newPassword: 'my own password' });
      expect(res.statusCode).toBe(204);
      expect((await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(first.json().token) })).json().mustChangePassword).toBe(false);
      expect((await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(other) })).statusCode).toBe(401);
      expect((await login(email, 'one-time pass')).statusCode).toBe(401);
      expect((await login(email, 'my own password')).json().mustChangePassword).toBe(false);
    });

    it('refuses a wrong current password (counted like a failed login), a short or unchanged one, and no token', async () => {
      const admin = await createTeam(server.app, { password: PASSWORD });
      const wrong = await change(admin.token, { currentPassword: 'not it', newPassword: 'another password' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.details).toEqual(['currentPassword: is not your current password']);
      expect((await change(admin.token, { currentPassword: PASSWORD, newPassword: 'short' })).json().error.details).toEqual(['newPassword: must be at least 8 characters']);
      expect((await change(admin.token, { currentPassword: PASSWORD, newPassword: PASSWORD })).json().error.details).toEqual(['newPassword: must differ from the current password']);
      expect((await server.app.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: PASSWORD, newPassword: 'another password' } })).statusCode).toBe(401);
      for (let i = 1; i < MAX_LOGIN_FAILURES; i++) await change(admin.token, { currentPassword: `guess ${i}`, newPassword: 'another password' }, '10.9.0.1');
      expect((await change(admin.token, { currentPassword: PASSWORD, newPassword: 'another password' }, '10.9.0.1')).statusCode).toBe(429);
      expect((await login(admin.member.email, PASSWORD, '10.9.0.2')).statusCode).toBe(429); // the email is blocked too
    });

    it('POST /api/members takes mustChangePassword as a boolean only', async () => {
      const admin = await createTeam(server.app);
      const res = await server.app.inject({ method: 'POST', url: '/api/members', headers: bearer(admin.token), payload: { name: 'X', email: uniqueEmail(), password: PASSWORD, role: 'member', mustChangePassword: 'yes' } });
      expect(res.json().error.details).toEqual(['mustChangePassword: must be true or false']);
    });
  });

  describe('HTTP edges', () => {
    it('answers unknown routes with 404 in the contract shape', async () => {
      const res = await server.app.inject({ method: 'GET', url: '/api/nope?x=1' });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'not_found', message: 'No route GET /api/nope.' } });
    });

    it('answers CORS preflights for the app origins only', async () => {
      for (const origin of ['app://app', 'http://localhost:5173', 'http://127.0.0.1:8787', 'http://[::1]:3000']) {
        const res = await server.app.inject({
          method: 'OPTIONS',
          url: '/api/sync/influencers/push',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
        });
        expect(res.statusCode).toBe(204);
        expect(res.headers['access-control-allow-origin']).toBe(origin);
        expect(res.headers['access-control-allow-headers']).toContain('Authorization');
        expect(res.headers['access-control-allow-methods']).toContain('POST');
      }
      const evil = await server.app.inject({ method: 'OPTIONS', url: '/api/me', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
      expect(evil.statusCode).toBe(403);
      expect(evil.headers['access-control-allow-origin']).toBeUndefined();
      expect(evil.json().error.code).toBe('origin_not_allowed');
    });

    it('allows the same origin (browser mode on any host) and refuses foreign origins', async () => {
      const admin = await createTeam(server.app);
      const same = await server.app.inject({ method: 'GET', url: '/api/me', headers: { ...bearer(admin.token), origin: 'https://crm.agency.example', host: 'crm.agency.example' } });
      expect(same.statusCode).toBe(200);
      expect(same.headers['access-control-allow-origin']).toBe('https://crm.agency.example');
      const foreign = await server.app.inject({ method: 'GET', url: '/api/me', headers: { ...bearer(admin.token), origin: 'http://evil.example', host: 'crm.agency.example' } });
      expect(foreign.statusCode).toBe(403);
      const remoteHttp = await server.app.inject({ method: 'GET', url: '/api/me', headers: { ...bearer(admin.token), origin: 'http://192.168.1.5:8787', host: 'localhost:8787' } });
      expect(remoteHttp.statusCode).toBe(403);
    });
  });
});
