import type { CustomScheme } from 'electron';

import { DESKTOP_APP_HOST, DESKTOP_APP_SCHEME } from '../../../shared/desktopAppOrigin';

/** The packaged renderer is served from app://app/ (see shared/desktopAppOrigin.ts). */
export const APP_SCHEME = DESKTOP_APP_SCHEME;
export const APP_HOST = DESKTOP_APP_HOST;
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
