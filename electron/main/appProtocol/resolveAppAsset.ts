import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * The file under `root` (out/renderer) that an app:// request asks for, or null when the
 * request is not for our origin or tries to leave `root` — `..` in any spelling (%2e%2e,
 * %2f, backslashes), NUL bytes, drive letters.
 *
 * Paths without a file extension are client-side routes and get index.html, so a reload
 * anywhere in the app finds its page. A missing file with an extension is the caller's 404.
 */
export function resolveAppAsset(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '') return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (/[\0\\:]/.test(pathname)) return null;

  const rootDir = resolve(root);
  const segments = pathname.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return null;
  const last = segments.at(-1);
  if (last === undefined || extname(last) === '') return resolve(rootDir, 'index.html');

  const file = resolve(rootDir, ...segments);
  // Belt and braces: whatever the parsing above missed, never answer outside root.
  const inside = relative(rootDir, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}
