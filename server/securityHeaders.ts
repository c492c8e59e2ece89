import type { FastifyInstance } from 'fastify';
import { CONTENT_SECURITY_POLICY } from '../shared/contentSecurityPolicy';

/** Headers on every response: the app's CSP for pages, and the usual hardening for all. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    return payload;
  });
}
