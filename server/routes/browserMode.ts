import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { HttpError } from '../errors';

/**
 * Browser mode: the built renderer served at /, so the app runs in a plain browser where no
 * Electron binary is installed (and in the end-to-end tests).
 */
export async function registerBrowserMode(app: FastifyInstance, staticDir: string): Promise<void> {
  if (!existsSync(`${staticDir}/index.html`)) {
    throw new Error(`No built renderer at ${staticDir}: run "npm run build" first (or set STATIC_DIR="" for the API only).`);
  }
  await app.register(fastifyStatic, { root: staticDir, index: 'index.html', wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) {
      const error = new HttpError(404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}.`);
      return reply.code(404).send(error.toBody());
    }
    return reply.code(404).type('text/plain').send('Not found');
  });
}
