/**
 * The app's Content Security Policy, one source for the Electron shell, the built
 * index.html and the sync server in browser mode.
 * - style-src needs 'unsafe-inline': MUI (emotion) injects its styles at run time.
 * - connect-src allows https: and loopback because the sync server's address is chosen by
 *   the user at sign-in.
 * - No 'unsafe-eval': nothing in the renderer compiles code at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ');
