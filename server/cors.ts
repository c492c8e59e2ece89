import { DESKTOP_APP_ORIGIN } from '../shared/desktopAppOrigin';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors';

/** The Electron shell loads the app from this origin (custom protocol). */
export const ELECTRON_ORIGIN = DESKTOP_APP_ORIGIN;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Only the app's own origins may call the API from a browser: the same origin (browser mode),
 * the Electron shell, and http on loopback (development servers, a local browser mode).
 * The scheme is not compared for the same origin because a TLS proxy may sit in front.
 */
export function isAllowedOrigin(origin: string, host: string | undefined): boolean {
  if (origin === ELECTRON_ORIGIN) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

export function registerCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin === undefined) return; // not a cross-origin browser request
    if (!isAllowedOrigin(origin, request.headers.host)) {
      if (!request.url.startsWith('/api/')) return; // static files: the browser enforces CORS
      throw new HttpError(403, 'origin_not_allowed', `Requests from ${origin} are not allowed.`);
    }
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Vary', 'Origin');
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      reply.header('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE, OPTIONS');
      reply.header('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      reply.header('Access-Control-Max-Age', '600');
      return reply.code(204).send();
    }
  });
}
