import type { FastifyInstance } from 'fastify';

export function registerHealthRoutes(app: FastifyInstance, info: { storage: string; version: string }): void {
  app.get('/api/health', async () => ({ ok: true, storage: info.storage, version: info.version }));
}
