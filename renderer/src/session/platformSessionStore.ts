import { browserSessionStore } from './browserSessionStore';
import { electronSessionStore } from './electronSessionStore';
import type { SessionStore } from './SessionStore';

/** The session store of the platform the renderer runs on: Electron's bridge, else IndexedDB. */
export function platformSessionStore(): SessionStore {
  const desktop = window.crmDesktop;
  return desktop === undefined ? browserSessionStore() : electronSessionStore(desktop);
}

/** The server address the sign-in form suggests: this page's server in browser mode. */
export function defaultServerUrl(): string {
  if (window.crmDesktop !== undefined) return 'http://127.0.0.1:8787';
  return /^https?:$/.test(location.protocol) ? location.origin : 'http://127.0.0.1:8787';
}
