import { describe, expect, it } from 'vitest';
import type { FetchFunction } from '../sync/serverApi';
import { createTeam, normalizeServerUrl, signIn } from './authApi';

const answer = { token: 't0k', team: { id: 'team-1', name: 'Agency' }, member: { id: 'm-1', name: 'Ada', email: 'ada@x.example', role: 'admin', groupId: null } };

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}): FetchFunction & { calls: { url: string; init?: RequestInit }[] } {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fn = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  };
  return Object.assign(fn, { calls });
}

const error = (code: string, message = 'x', details?: string[]) => ({ error: { code, message, ...(details ? { details } : {}) } });

describe('normalizeServerUrl', () => {
  it.each([
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787'],
    ['  localhost:8787 ', 'http://localhost:8787'],
    ['https://crm.example.com/sync/', 'https://crm.example.com/sync'],
  ])('%s → %s', (input, url) => expect(normalizeServerUrl(input)).toEqual({ ok: true, url }));

  it('refuses empty and non-http addresses', () => {
    expect(normalizeServerUrl('')).toMatchObject({ ok: false });
    expect(normalizeServerUrl('ftp://x.example')).toMatchObject({ ok: false, reason: expect.stringContaining('http://') });
  });
});

describe('signIn and createTeam', () => {
  it('turns the answer into a session on that server', async () => {
    const fetch = fakeFetch(200, answer);
    expect(await signIn('http://s.example', ' ada@x.example ', 'pw', fetch)).toEqual({ ok: true, session: { ...answer, serverUrl: 'http://s.example' } });
    expect(fetch.calls[0]?.url).toBe('http://s.example/api/auth/login');
    expect(JSON.parse(String(fetch.calls[0]?.init?.body))).toEqual({ email: 'ada@x.example', password: 'pw' });
  });

  it.each([
    [401, error('invalid_credentials'), {}, 'Wrong email or password.'],
    [429, error('too_many_attempts'), { 'Retry-After': '900' }, 'Too many failed sign-in attempts. Try again in 15 minutes.'],
    [401, error('member_deactivated'), {}, 'This account has been deactivated by an Administrator of your team.'],
    [409, error('email_taken'), {}, 'This email already belongs to an account. Sign in instead.'],
    [400, error('invalid_request', 'Bad', ['password: must be at least 8 characters']), {}, 'Please check: password: must be at least 8 characters.'],
    [200, '<html>', {}, 'http://s.example does not look like an Influencer CRM sync server. Check the address.'],
    [200, { token: 1 }, {}, 'http://s.example does not look like an Influencer CRM sync server. Check the address.'],
  ])('explains HTTP %i %j', async (status, body, headers, message) => {
    expect(await createTeam('http://s.example', { teamName: 'T', name: 'N', email: 'e@x.example', password: 'pw' }, fakeFetch(status, body, headers))).toEqual({
      ok: false,
      message,
    });
  });

  it('explains an unreachable server', async () => {
    const offline: FetchFunction = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await signIn('http://127.0.0.1:9', 'e@x.example', 'pw', offline)).toEqual({
      ok: false,
      message: 'Cannot reach the server at http://127.0.0.1:9. Check the address and your connection, then try again.',
    });
  });
});
