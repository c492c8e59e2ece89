/**
 * The desktop app's renderer is served from app://app/ (Electron's custom protocol). Never
 * change the scheme or host: the local database (IndexedDB) belongs to this origin, and a new
 * origin starts empty. The sync server allows this origin in CORS.
 */
export const DESKTOP_APP_SCHEME = 'app';
export const DESKTOP_APP_HOST = 'app';
export const DESKTOP_APP_ORIGIN = `${DESKTOP_APP_SCHEME}://${DESKTOP_APP_HOST}`;
