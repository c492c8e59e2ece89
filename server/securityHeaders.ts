import type { FastifyInstance } from 'fastify';
import { CONTENT_SECURITY_POLICY } from '../shared/contentSecurityPolicy';

/** The app's CSP for pages, and the usual hardening for all responses. */
export function securityHeaders(): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  };
}

/** Headers on every response (the event stream, which bypasses hooks, adds them itself). */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(securityHeaders());
    return payload;
  });
}
