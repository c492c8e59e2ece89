import Dexie, { type Table } from 'dexie';
import { parseSession, type Session } from './session';
import type { SessionStore } from './SessionStore';

interface SessionRecord {
  key: string;
  session: unknown;
}

const KEY = 'current';

/**
 * Browser mode: the session in a tiny IndexedDB database of its own (not RxDB's tables,
 * which belong to one team each and must not hold the credentials that choose the team).
 */
export function browserSessionStore(databaseName = 'influencer-crm-session'): SessionStore {
  let db: (Dexie & { sessions: Table<SessionRecord, string> }) | null = null;
  const open = () => {
    if (db === null) {
      db = new Dexie(databaseName) as Dexie & { sessions: Table<SessionRecord, string> };
      db.version(1).stores({ sessions: 'key' });
    }
    return db;
  };
  return {
    async load(): Promise<Session | null> {
      const record = await open().sessions.get(KEY);
      return record === undefined ? null : parseSession(record.session);
    },
    async save(session: Session | null): Promise<void> {
      if (session === null) await open().sessions.delete(KEY);
      else await open().sessions.put({ key: KEY, session });
    },
  };
}
