import type { CrmDesktopApi } from '../../../shared/desktopApi';
import { parseSession, type Session } from './session';
import type { SessionStore } from './SessionStore';

/** The session as JSON in the main process's safeStorage-encrypted file (window.crmDesktop). */
export function electronSessionStore(api: Pick<CrmDesktopApi, 'loadSession' | 'saveSession'>): SessionStore {
  return {
    async load(): Promise<Session | null> {
      const stored = await api.loadSession();
      if (stored === null) return null;
      try {
        return parseSession(JSON.parse(stored));
      } catch {
        return null; // not JSON: a session from an older build; sign in again
      }
    },
    async save(session: Session | null): Promise<void> {
      await api.saveSession(session === null ? null : JSON.stringify(session));
    },
  };
}
