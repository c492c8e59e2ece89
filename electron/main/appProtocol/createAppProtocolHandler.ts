import { buildContentSecurityPolicy } from '../security/buildContentSecurityPolicy';
import { mimeTypeFor } from './mimeTypeFor';
import { resolveAppAsset } from './resolveAppAsset';

export interface AppProtocolOptions {
  /** The built renderer, out/renderer (inside app.asar when packaged). */
  root: string;
  /** fs.promises.readFile; Electron's fs reads from inside app.asar. */
  readFile: (path: string) => Promise<Uint8Array<ArrayBuffer>>;
}

/**
 * The handler for protocol.handle('app', …): serves the built renderer read-only, with
 * its MIME type and the Content Security Policy on every response.
 */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const securityHeaders = {
    'Content-Security-Policy': buildContentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
  };
  const failure = (status: number, statusText: string): Response =>
    new Response(statusText, { status, statusText, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return failure(405, 'Method Not Allowed');
    const file = resolveAppAsset(options.root, request.url);
    if (file === null) return failure(404, 'Not Found');
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await options.readFile(file);
    } catch {
      return failure(404, 'Not Found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': mimeTypeFor(file), 'Cache-Control': 'no-cache' },
    });
  };
}
