import type { Session } from './session';

/**
 * Where the session is kept between runs: one implementation per platform
 * (electronSessionStore: the OS secret store through the preload; browserSessionStore:
 * IndexedDB). `load` never throws for a missing or unreadable session: it answers null.
 */
export interface SessionStore {
  load(): Promise<Session | null>;
  /** Saves the session; null forgets it. */
  save(session: Session | null): Promise<void>;
}
