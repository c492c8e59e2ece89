import type { CustomScheme } from 'electron';

/**
 * The packaged renderer is served from app://app/. Never change the scheme or host: the
 * local database (IndexedDB) belongs to this origin, and a new origin starts empty.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * 'standard' + 'secure' give the scheme a real origin with storage (IndexedDB,
 * localStorage) and a secure context; 'supportFetchAPI' lets the renderer fetch its own
 * assets. It does not bypass the Content Security Policy.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const satisfies CustomScheme;
