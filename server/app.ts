import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_SCRYPT_COST } from './auth/passwords';
import type { ServerContext } from './context';
import { registerCors } from './cors';
import { HttpError } from './errors';
import { registerAuthRoutes } from './routes/auth';
import { registerBrowserMode } from './routes/browserMode';
import { createRecordingWorker, type RecordingWorkerOptions } from './recording/recordingWorker';
import { registerHealthRoutes } from './routes/health';
import { registerSyncRoutes } from './routes/sync';
import { registerTeamRoutes } from './routes/team';
import { registerSecurityHeaders } from './securityHeaders';
import type { Storage } from './storage/storage';
import { defaultFieldPermissions, type FieldPermissions } from './sync/permissions';

export interface AppOptions {
  staticDir: string | null;
  version: string;
  /** Opened (and later closed) by the caller; see storage/openStorage.ts. */
  storage: Storage;
  logger?: boolean;
  now?: () => number;
  newId?: () => string;
  /** scrypt cost for new password hashes; tests lower it to stay fast. */
  passwordCost?: number;
  /** Field permission hooks by collection; the team's real rules unless a test passes others. */
  permissions?: FieldPermissions;
  heartbeatMs?: number;
  /** Largest body of any request but a push, bytes. */
  bodyLimit?: number;
  pushBodyLimit?: number;
  /**
   * The recording worker (server/recording/recordingWorker.ts), started when the server is
   * ready and stopped when it closes. Absent: this instance records nothing (tests of other
   * parts), and requests wait in the queue for an instance that does.
   */
  recording?: Omit<RecordingWorkerOptions, 'storage' | 'now' | 'newId' | 'log'>;
}

const DEFAULT_BODY_LIMIT = 1024 * 1024;
/** 1000 activities with long from/to values fit. */
const DEFAULT_PUSH_BODY_LIMIT = 32 * 1024 * 1024;
const DEFAULT_HEARTBEAT_MS = 15_000;

/** Fastify's own errors (bad JSON, wrong content type, body too large) in the contract's shape. */
function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const status = error instanceof Error && 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 500 || !(error instanceof Error)) return new HttpError(500, 'internal', 'Something went wrong on the server.');
  const codes: Record<number, string> = { 413: 'body_too_large', 415: 'unsupported_media_type', 404: 'not_found' };
  return new HttpError(status, codes[status] ?? 'bad_request', error.message);
}

/**
 * The composition root: builds the HTTP server around the given storage without listening,
 * so tests can inject requests or listen on port 0.
 */
export async function buildServer(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT });
  const ctx: ServerContext = {
    storage: options.storage,
    now: options.now ?? Date.now,
    newId: options.newId ?? randomUUID,
    passwordCost: options.passwordCost ?? DEFAULT_SCRYPT_COST,
    permissions: options.permissions ?? defaultFieldPermissions,
    heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    pushBodyLimit: options.pushBodyLimit ?? DEFAULT_PUSH_BODY_LIMIT,
  };
  registerSecurityHeaders(app);
  registerCors(app);
  app.setErrorHandler((error, request, reply) => {
    const httpError = toHttpError(error);
    if (httpError.statusCode >= 500) request.log.error(error);
    return reply.code(httpError.statusCode).headers(httpError.headers).send(httpError.toBody());
  });
  registerHealthRoutes(app, { storage: ctx.storage.engine, version: options.version });
  registerAuthRoutes(app, ctx);
  registerTeamRoutes(app, ctx);
  registerSyncRoutes(app, ctx);
  if (options.recording !== undefined) {
    const worker = createRecordingWorker({ ...options.recording, storage: ctx.storage, now: ctx.now, newId: ctx.newId, log: app.log });
    app.addHook('onReady', async () => worker.start());
    app.addHook('preClose', () => worker.close());
  }
  if (options.staticDir !== null) await registerBrowserMode(app, options.staticDir);
  else {
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send(new HttpError(404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}.`).toBody()),
    );
  }
  return app;
}
