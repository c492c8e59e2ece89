import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openEventStream } from '../../tests/server/sseClient';
import { bearer, create, createTeam, ENGINES, influencerDoc, NEW_TEAM_SEQ, pull, useDatabases, useTestServer } from '../../tests/server/testServer';

const databases = useDatabases();

async function listen(app: FastifyInstance): Promise<string> {
  return app.listen({ host: '127.0.0.1', port: 0 });
}

describe.each(ENGINES)('GET /api/sync/:collection/stream on %s (real HTTP)', (engine) => {
  const server = useTestServer(databases, engine, { heartbeatMs: 100 });

  it('sends "RESYNC" at connect, then every change as {documents, checkpoint}', async () => {
    const base = await listen(server.app);
    const admin = await createTeam(server.app);
    await create(server.app, admin.token, 'influencers', [influencerDoc('before')]);
    const stream = await openEventStream(`${base}/api/sync/influencers/stream?token=${admin.token}`);
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toContain('text/event-stream');
      expect(JSON.parse(await stream.next())).toBe('RESYNC');
      await create(server.app, admin.token, 'influencers', [influencerDoc('a'), influencerDoc('b')]);
      const event = JSON.parse(await stream.next());
      const pulled = await pull(server.app, admin.token, 'influencers', NEW_TEAM_SEQ + 1);
      expect(event).toEqual(pulled);
      expect(event.documents.map((d: { id: string }) => d.id)).toEqual(['a', 'b']);
      // Changes to another collection do not reach this stream.
      await create(server.app, admin.token, 'activities', [{ id: 'x', influencerId: 'a', actorId: 'm', at: 1, kind: 'created', field: null, from: null, to: null, batchId: null }]);
      await create(server.app, admin.token, 'influencers', [influencerDoc('c')]);
      expect(JSON.parse(await stream.next()).documents.map((d: { id: string }) => d.id)).toEqual(['c']);
    } finally {
      stream.close();
    }
  });

  it('takes the token from the Authorization header too, and sends heartbeat comments', async () => {
    const base = await listen(server.app);
    const admin = await createTeam(server.app);
    const stream = await openEventStream(`${base}/api/sync/activities/stream`, bearer(admin.token));
    try {
      expect(JSON.parse(await stream.next())).toBe('RESYNC');
      expect(await stream.nextComment()).toBe(': heartbeat');
    } finally {
      stream.close();
    }
  });

  it('streams several collections on one connection, each event naming its collection', async () => {
    const base = await listen(server.app);
    const admin = await createTeam(server.app);
    const stream = await openEventStream(`${base}/api/sync/stream?collections=influencers,activities&token=${admin.token}`);
    try {
      expect(stream.status).toBe(200);
      const opening = [JSON.parse(await stream.next()), JSON.parse(await stream.next())];
      expect(opening).toEqual([{ collection: 'influencers', data: 'RESYNC' }, { collection: 'activities', data: 'RESYNC' }]);
      await create(server.app, admin.token, 'influencers', [influencerDoc('a')]);
      const event = JSON.parse(await stream.next());
      expect(event.collection).toBe('influencers');
      expect(event.data).toEqual(await pull(server.app, admin.token, 'influencers', NEW_TEAM_SEQ));
      await create(server.app, admin.token, 'settings', []); // nothing written: no event
      await create(server.app, admin.token, 'activities', [{ id: 'x', influencerId: 'a', actorId: admin.member.id, at: 1, kind: 'created', field: null, from: null, to: null, batchId: null }]);
      const next = JSON.parse(await stream.next());
      expect(next.collection).toBe('activities');
      expect(next.data.documents.map((d: { id: string }) => d.id)).toEqual(['x']);
    } finally {
      stream.close();
    }
  });

  it('refuses a combined stream without collections (400) or with an unknown one (404)', async () => {
    const base = await listen(server.app);
    const admin = await createTeam(server.app);
    const none = await fetch(`${base}/api/sync/stream?token=${admin.token}`);
    expect(none.status).toBe(400);
    expect((await none.json()).error.code).toBe('invalid_request');
    const unknown = await fetch(`${base}/api/sync/stream?collections=influencers,nope&token=${admin.token}`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toContain('"nope"');
  });

  it('answers 401 without a valid token and 404 for an unknown collection, as JSON', async () => {
    const base = await listen(server.app);
    const admin = await createTeam(server.app);
    const noToken = await fetch(`${base}/api/sync/influencers/stream`);
    expect(noToken.status).toBe(401);
    expect((await noToken.json()).error.code).toBe('unauthorized');
    const unknown = await fetch(`${base}/api/sync/nope/stream?token=${admin.token}`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('unknown_collection');
  });

  it("never sends one team's changes to another team's stream", async () => {
    const base = await listen(server.app);
    const a = await createTeam(server.app);
    const b = await createTeam(server.app);
    const streamB = await openEventStream(`${base}/api/sync/influencers/stream?token=${b.token}`);
    try {
      expect(JSON.parse(await streamB.next())).toBe('RESYNC');
      await create(server.app, a.token, 'influencers', [influencerDoc('secret')]);
      await create(server.app, b.token, 'influencers', [influencerDoc('mine')]);
      const event = JSON.parse(await streamB.next());
      expect(event.documents.map((d: { id: string }) => d.id)).toEqual(['mine']);
    } finally {
      streamB.close();
    }
  });

  it('ends the stream once its token is logged out', async () => {
    const base = await listen(server.app);
    const admin = await createTeam(server.app);
    const stream = await openEventStream(`${base}/api/sync/influencers/stream?token=${admin.token}`);
    await stream.next();
    await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(admin.token) });
    await stream.ended;
  });

  it('lets the server close with streams open', async () => {
    const base = await listen(server.app);
    const admin = await createTeam(server.app);
    const stream = await openEventStream(`${base}/api/sync/influencers/stream?token=${admin.token}`);
    await stream.next();
    await server.app.close();
    await stream.ended;
  });
});

describe('several instances on one PostgreSQL', () => {
  const server = useTestServer(databases, 'postgres', { heartbeatMs: 60_000 });

  it('a push through instance 1 reaches a stream on instance 2', async () => {
    const second = await server.extra({ heartbeatMs: 60_000 });
    const base2 = await listen(second.app);
    const admin = await createTeam(server.app); // accounts live in the shared database
    const stream = await openEventStream(`${base2}/api/sync/influencers/stream?token=${admin.token}`);
    try {
      expect(JSON.parse(await stream.next())).toBe('RESYNC');
      const base1 = await listen(server.app);
      const res = await fetch(`${base1}/api/sync/influencers/push`, {
        method: 'POST',
        headers: { ...bearer(admin.token), 'content-type': 'application/json' },
        body: JSON.stringify([{ assumedMasterState: null, newDocumentState: influencerDoc('via-1') }]),
      });
      expect(await res.json()).toEqual([]);
      const event = JSON.parse(await stream.next());
      expect(event).toEqual({ documents: [expect.objectContaining({ id: 'via-1', updatedBy: admin.member.id })], checkpoint: { seq: NEW_TEAM_SEQ + 1 } });
    } finally {
      stream.close();
    }
  });

  it('recovers when the LISTEN connection drops: the stream catches up after the reconnect', async () => {
    const base = await listen(server.app);
    const admin = await createTeam(server.app);
    const stream = await openEventStream(`${base}/api/sync/influencers/stream?token=${admin.token}`);
    try {
      expect(JSON.parse(await stream.next())).toBe('RESYNC');
      await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`.execute(server.storage.db);
      // Written while no instance is listening: the notice is lost, the reconnect makes up for it.
      const other = await server.extra();
      await create(other.app, admin.token, 'influencers', [influencerDoc('while-down')]);
      const event = JSON.parse(await stream.next(10_000));
      expect(event.documents.map((d: { id: string }) => d.id)).toEqual(['while-down']);
    } finally {
      stream.close();
    }
  });
});
