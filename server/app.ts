import Fastify, { type FastifyInstance } from 'fastify';
import { HttpError } from './errors';
import { registerBrowserMode } from './routes/browserMode';
import { registerHealthRoutes } from './routes/health';
import { registerSecurityHeaders } from './securityHeaders';

export interface AppOptions {
  staticDir: string | null;
  version: string;
  logger?: boolean;
}

/** Builds the HTTP server without listening, so tests can inject requests or listen on port 0. */
export async function buildServer(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 10 * 1024 * 1024 });
  registerSecurityHeaders(app);
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HttpError) return reply.code(error.statusCode).send(error.toBody());
    const status = typeof (error as { statusCode?: unknown }).statusCode === 'number' ? (error as { statusCode: number }).statusCode : 500;
    const code = status === 413 ? 'body_too_large' : status >= 500 ? 'internal' : 'bad_request';
    const message = status >= 500 ? 'Something went wrong on the server.' : error instanceof Error ? error.message : String(error);
    return reply.code(status).send(new HttpError(status, code, message).toBody());
  });
  // Storage engines come with the sync issue; until then the server keeps no data.
  registerHealthRoutes(app, { storage: 'none', version: options.version });
  if (options.staticDir !== null) await registerBrowserMode(app, options.staticDir);
  else {
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send(new HttpError(404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}.`).toBody()),
    );
  }
  return app;
}
