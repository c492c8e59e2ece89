/**
 * Who is acting on this device. Until sign-in exists, each device has one local member,
 * created once and remembered, so liaison and activity entries name a stable actor.
 */
export interface LocalMember {
  id: string;
  name: string;
}

const STORAGE_KEY = 'crm.localMemberId';

let cached: LocalMember | null = null;

/** Read once per page: the list asks for it in every liaison cell. */
export function getLocalMember(): LocalMember {
  if (cached !== null) return cached;
  let id = localStorage.getItem(STORAGE_KEY);
  if (id === null) {
    id = `member-${crypto.randomUUID()}`;
    localStorage.setItem(STORAGE_KEY, id);
  }
  cached = { id, name: 'Me' };
  return cached;
}
