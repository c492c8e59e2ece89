import { describe, expect, it } from 'vitest';
import { electronSessionStore } from './electronSessionStore';
import { parseSession, sessionFromAnswer, type Session } from './session';

const session: Session = {
  serverUrl: 'http://127.0.0.1:8787',
  token: 'abc',
  team: { id: 'team-1', name: 'Agency' },
  member: { id: 'm-1', name: 'Ada', email: 'ada@x.example', role: 'admin', groupId: null },
};

describe('parseSession', () => {
  it('accepts a stored session and drops unknown fields', () => {
    expect(parseSession({ ...session, extra: 1, member: { ...session.member, extra: 2 } })).toEqual(session);
  });

  it.each([[null], ['abc'], [{ ...session, token: '' }], [{ ...session, member: { ...session.member, role: 'owner' } }], [{ ...session, team: undefined }]])(
    'reads %j as no session',
    (value) => expect(parseSession(value)).toBeNull(),
  );
});

describe('sessionFromAnswer', () => {
  it('keeps the one-time-password flag only when the server sets it', () => {
    const { serverUrl, ...answer } = session;
    expect(sessionFromAnswer(serverUrl, { ...answer, mustChangePassword: true })?.mustChangePassword).toBe(true);
    expect(sessionFromAnswer(serverUrl, { ...answer, mustChangePassword: false })).toEqual(session);
    expect(sessionFromAnswer(serverUrl, { ...answer, mustChangePassword: 'yes' })).toBeNull();
  });
});

describe('electronSessionStore', () => {
  it('keeps the session as JSON through the preload bridge, and forgets it with null', async () => {
    let stored: string | null = null;
    const store = electronSessionStore({
      loadSession: async () => stored,
      saveSession: async (value) => {
        stored = value;
      },
    });
    expect(await store.load()).toBeNull();
    await store.save(session);
    expect(JSON.parse(stored ?? '')).toEqual(session);
    expect(await store.load()).toEqual(session);
    stored = 'a token from an older build';
    expect(await store.load()).toBeNull();
    await store.save(null);
    expect(stored).toBeNull();
  });
});
