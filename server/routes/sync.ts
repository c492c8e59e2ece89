import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findSession, type Session } from '../auth/accounts';
import { authenticate } from '../auth/authenticate';
import type { ServerContext } from '../context';
import { HttpError } from '../errors';
import { invalidRequest } from '../http/readFields';
import { securityHeaders } from '../securityHeaders';
import type { MemberRole } from '../storage/tables';
import { collections, type CollectionDefinition } from '../sync/collections';
import { parsePush } from '../sync/parsePush';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, pullPage } from '../sync/pull';
import { pushDocuments } from '../sync/push';
import { RESYNC, StreamHub } from '../sync/streamHub';

interface CollectionParams {
  collection: string;
}

function collectionOf(request: FastifyRequest<{ Params: CollectionParams }>): CollectionDefinition {
  const collection = collections.get(request.params.collection);
  if (collection === undefined) throw new HttpError(404, 'unknown_collection', `There is no collection "${request.params.collection}".`);
  return collection;
}

/**
 * Members and groups are written only by Team settings, settings only by Administrators: any
 * other push is refused whole (403), before its body is read. The app never sends one; a
 * client that does is broken or hostile, and a conflict answer would suggest there was
 * something to merge. (An Administrator demoted while offline gets 403 for their unsent
 * settings edits: the app drops them when the member is no longer an Administrator.)
 */
function refuseUnlessPushable(collection: CollectionDefinition, role: MemberRole): void {
  const pushableBy = collection.pushableBy ?? 'everyone';
  if (pushableBy === 'everyone' || (pushableBy === 'admins' && role === 'admin')) return;
  const message =
    pushableBy === 'admins'
      ? `Only an Administrator can push to ${collection.name}.`
      : `Nobody pushes to ${collection.name}: an Administrator changes it in Team settings.`;
  throw new HttpError(403, 'forbidden', message);
}

/** A whole number from the query string, within bounds; records a problem otherwise. */
function queryNumber(query: unknown, name: string, fallback: number, min: number, max: number, errors: string[]): number {
  const raw = typeof query === 'object' && query !== null ? (query as Record<string, unknown>)[name] : undefined;
  if (raw === undefined || raw === '') return fallback;
  const value = typeof raw === 'string' && /^\d{1,16}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    errors.push(`${name}: must be a whole number from ${min} to ${max}`);
    return fallback;
  }
  return value;
}

/** Replication routes, one set per collection (sync-api.md, "Replication"). */
export function registerSyncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.storage;
  const hub = new StreamHub(db, ctx.storage.changes);
  const openStreams = new Map<FastifyReply, () => void>();
  // Streams never end by themselves: close them so the server can stop.
  app.addHook('preClose', async () => {
    for (const end of [...openStreams.values()]) end();
    hub.close();
  });

  app.get<{ Params: CollectionParams }>('/api/sync/:collection/pull', async (request, reply) => {
    const session = await authenticate(request, db, ctx.now());
    const collection = collectionOf(request);
    const errors: string[] = [];
    const since = queryNumber(request.query, 'since', 0, 0, Number.MAX_SAFE_INTEGER, errors);
    const limit = queryNumber(request.query, 'limit', DEFAULT_PULL_LIMIT, 1, MAX_PULL_LIMIT, errors);
    if (errors.length > 0) throw invalidRequest(errors);
    const page = await pullPage(db, session.team.id, collection.name, since, limit);
    return reply.type('application/json; charset=utf-8').send(page.json);
  });

  app.post<{ Params: CollectionParams }>('/api/sync/:collection/push', { bodyLimit: ctx.pushBodyLimit }, async (request) => {
    const session = await authenticate(request, db, ctx.now());
    const collection = collectionOf(request);
    refuseUnlessPushable(collection, session.member.role);
    const rows = parsePush(request.body, collection);
    return pushDocuments(ctx, session, collection, rows);
  });

  /**
   * Opens one event stream over `names` (already checked): every event's data goes through
   * `frame`, which says how a collection's event is written on this stream.
   */
  const openStream = (session: Session, reply: FastifyReply, names: readonly string[], frame: (collection: string, data: string) => string): void => {
    reply.hijack(); // a long-lived response written by hand; hooks no longer apply
    const raw = reply.raw;
    const corsHeaders = Object.entries(reply.getHeaders()).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    raw.writeHead(200, {
      ...Object.fromEntries(corsHeaders), // set on the way in
      ...securityHeaders(),
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no', // no proxy buffering of events
    });
    // Once a stream has ended (sign-out, server shutdown) nothing may write to it again: a
    // heartbeat or an event already under way would otherwise write after end and throw.
    let open = true;
    const send = (chunk: string): void => {
      if (open && !raw.writableEnded && !raw.destroyed) raw.write(chunk);
    };
    const end = (): void => {
      if (!open) return;
      open = false;
      clearInterval(heartbeat);
      for (const remove of removes) remove();
      openStreams.delete(reply);
      if (!raw.writableEnded) raw.end();
    };
    // The client pulls whatever it missed before this.
    for (const name of names) send(`data: ${frame(name, RESYNC)}\n\n`);
    const removes = names.map((name) => hub.add(session.team.id, name, (data) => send(`data: ${frame(name, data)}\n\n`)));
    // The heartbeat also rechecks the session: logging out or deactivation ends the stream.
    const heartbeat = setInterval(() => {
      findSession(db, session.tokenHash, ctx.now()).then(
        (live) => (live === null ? end() : send(': heartbeat\n\n')),
        () => send(': heartbeat\n\n'),
      );
    }, ctx.heartbeatMs);
    openStreams.set(reply, end);
    raw.on('close', end);
    // A connection reset surfaces as an error on the response; the close handler cleans up.
    raw.on('error', () => {});
  };

  app.get<{ Params: CollectionParams }>('/api/sync/:collection/stream', async (request, reply) => {
    const session = await authenticate(request, db, ctx.now(), { allowQueryToken: true });
    const collection = collectionOf(request);
    openStream(session, reply, [collection.name], (_name, data) => data);
  });

  // Several collections on one connection: a browser opens at most six HTTP/1.1 connections
  // per server, so one stream per collection would leave none for pulls and pushes. Each
  // event's data is {"collection": name, "data": <what that collection's own stream sends>}.
  app.get('/api/sync/stream', async (request, reply) => {
    const session = await authenticate(request, db, ctx.now(), { allowQueryToken: true });
    const raw = typeof request.query === 'object' && request.query !== null ? (request.query as Record<string, unknown>).collections : undefined;
    const names = typeof raw === 'string' && raw !== '' ? [...new Set(raw.split(','))] : [];
    if (names.length === 0) throw invalidRequest(['collections: name the collections to stream, separated by commas']);
    const unknown = names.filter((name) => !collections.has(name));
    if (unknown.length > 0) throw new HttpError(404, 'unknown_collection', `There is no collection ${unknown.map((n) => `"${n}"`).join(', ')}.`);
    openStream(session, reply, names, (name, data) => `{"collection":${JSON.stringify(name)},"data":${data}}`);
  });
}
