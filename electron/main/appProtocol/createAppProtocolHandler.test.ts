import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../security/buildContentSecurityPolicy';
import { createAppProtocolHandler } from './createAppProtocolHandler';

let base: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'crm-app-protocol-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>CRM</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1);');
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  handler = createAppProtocolHandler({ root, readFile });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('createAppProtocolHandler', () => {
  it('serves files with their MIME type and the CSP', async () => {
    const response = await handler(new Request('app://app/assets/index.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('serves index.html for client-side routes', async () => {
    const response = await handler(new Request('app://app/influencers/abc'));
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>CRM</title>');
  });

  it('answers 404 for missing files and traversal attempts', async () => {
    for (const url of ['app://app/assets/missing.js', 'app://app/..%2fsecret.txt', 'app://app/assets/..%2f..%2fsecret.txt', 'app://other/index.html']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    }
  });

  it('is read-only', async () => {
    const response = await handler(new Request('app://app/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
