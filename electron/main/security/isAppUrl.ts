import { APP_HOST, APP_SCHEME } from '../appProtocol/appOrigin';

/**
 * Whether a URL belongs to the app itself: the packaged renderer on app://app/, or — in
 * development only — the electron-vite dev server. Compared by parts, not by string prefix,
 * so that app://app.evil/ or http://localhost:5173.evil.com/ do not pass.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null || parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.hostname.toLowerCase() === APP_HOST && parsed.port === '';
  }
  if (devServerUrl === undefined) return false;
  const devServer = parseUrl(devServerUrl);
  return devServer !== null && parsed.origin !== 'null' && parsed.origin === devServer.origin;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
