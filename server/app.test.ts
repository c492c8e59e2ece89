import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app';
import { readServerConfig } from './config';
import { openStorage } from './storage/openStorage';
import type { Storage } from './storage/storage';

let app: FastifyInstance | null = null;
let storage: Storage;
let dataDir: string;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'crm-app-'));
  storage = await openStorage({ databaseUrl: null, dataDir });
});
afterEach(async () => {
  await app?.close();
  app = null;
  await storage.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function builtRenderer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Influencer CRM</title>');
  writeFileSync(join(dir, 'app.js'), 'console.log(1)');
  return dir;
}

describe('server in browser mode', () => {
  it('answers health in the contract shape', async () => {
    app = await buildServer({ staticDir: null, version: '1.2.3', storage });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, storage: 'sqlite', version: '1.2.3' });
  });

  it('serves the built renderer at / with a strict CSP', async () => {
    app = await buildServer({ staticDir: builtRenderer(), version: '1', storage });
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Influencer CRM');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((await app.inject({ method: 'GET', url: '/app.js' })).statusCode).toBe(200);
  });

  it('never serves files outside the renderer folder', async () => {
    app = await buildServer({ staticDir: builtRenderer(), version: '1', storage });
    const res = await app.inject({ method: 'GET', url: '/../../../etc/passwd' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('root:');
  });

  it('answers unknown API routes with the contract error shape', async () => {
    app = await buildServer({ staticDir: builtRenderer(), version: '1', storage });
    const res = await app.inject({ method: 'GET', url: '/api/nope?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'No route GET /api/nope.' } });
  });

  it('refuses to start browser mode without a built renderer, saying what to do', async () => {
    await expect(buildServer({ staticDir: join(tmpdir(), 'does-not-exist-crm'), version: '1', storage })).rejects.toThrow(/npm run build/);
  });
});

describe('readServerConfig', () => {
  it('uses the contract defaults', () => {
    const config = readServerConfig({}, '/srv');
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8787, dataDir: '/srv/data', databaseUrl: null, staticDir: '/srv/out/renderer' });
  });

  it('rejects a bad port with a clear message', () => {
    expect(() => readServerConfig({ PORT: 'eighty' }, '/srv')).toThrow(/PORT must be a whole number/);
  });

  it('reads the recording worker settings, refusing what is no positive whole number of ms', () => {
    expect(readServerConfig({}, '/srv')).toMatchObject({ recordingSweepMs: 30_000, recordingStaleMs: 600_000 });
    expect(readServerConfig({ RECORDING_SWEEP_MS: '1000', RECORDING_STALE_MS: '5000' }, '/srv')).toMatchObject({ recordingSweepMs: 1000, recordingStaleMs: 5000 });
    expect(() => readServerConfig({ RECORDING_SWEEP_MS: '0' }, '/srv')).toThrow('RECORDING_SWEEP_MS must be a whole number of milliseconds above 0, got "0".');
    expect(() => readServerConfig({ RECORDING_STALE_MS: '10 min' }, '/srv')).toThrow(/RECORDING_STALE_MS must be a whole number/);
  });
});
