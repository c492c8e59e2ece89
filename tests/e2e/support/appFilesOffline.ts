import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';

const RENDERER_DIR = 'out/renderer';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const isAppFile = (url: URL) => !url.pathname.startsWith('/api/');

async function serve(route: Route): Promise<void> {
  const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(RENDERER_DIR, path === '/' ? 'index.html' : path);
  try {
    await route.fulfill({ body: await readFile(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  } catch {
    await route.abort('internetdisconnected');
  }
}

/**
 * While the context is offline, serve the built app's own files from disk, as the desktop
 * shell does (its files are local; only the sync server is out of reach). The API stays
 * unreachable. Returns the function that stops it.
 */
export async function serveAppFilesWhileOffline(context: BrowserContext): Promise<() => Promise<void>> {
  await context.route(isAppFile, serve);
  return () => context.unroute(isAppFile, serve);
}
