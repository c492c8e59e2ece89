import { useSyncExternalStore } from 'react';
import type { Session, SessionMember } from './session';

/** Why the sign-in screen shows: never signed in, signed out, or the server refused the token. */
export type SignedOutReason = 'none' | 'signedOut' | 'expired';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; reason: SignedOutReason }
  | { status: 'signedIn'; session: Session };

let state: SessionState = { status: 'loading' };
/** The member who last signed in on this page: actor of local writes and resolved conflicts. */
let actingMember: SessionMember | null = null;
const listeners = new Set<() => void>();

export function getSessionState(): SessionState {
  return state;
}

export function setSessionState(next: SessionState): void {
  state = next;
  if (next.status === 'signedIn') actingMember = next.session.member;
  for (const listener of listeners) listener();
}

export function subscribeSessionState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribeSessionState, getSessionState);
}

/**
 * The signed-in member: the actor of every local change and the liaison of manual adds.
 * Screens that change data only show while signed in, so this throws otherwise.
 */
export function currentMember(): SessionMember {
  if (actingMember === null) throw new Error('No member is signed in.');
  return actingMember;
}

/** The current member or null (for display code that may run before sign-in). */
export function currentMemberOrNull(): SessionMember | null {
  return actingMember;
}
