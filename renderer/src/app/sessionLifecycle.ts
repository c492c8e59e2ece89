import { signOutOnServer } from '../session/authApi';
import { platformSessionStore } from '../session/platformSessionStore';
import type { Session } from '../session/session';
import { getSessionState, setSessionState } from '../session/sessionState';
import type { SessionStore } from '../session/SessionStore';
import { rememberSignInHint } from '../session/signInHint';
import { localStorageRejectionMemory, watchRejectedChanges } from '../modules/rejections/watchRejectedChanges';
import { watchLabels } from '../modules/labels/watchLabels';
import { watchTeamDirectory } from '../modules/team/watchTeamDirectory';
import { startSync, type SyncHandle } from '../sync/startSync';
import { openCrmRuntime, openedTeamId } from './crmRuntime';

/**
 * The session's life on this page, outside React: restore it at start (no network needed),
 * open the team's database and start replicating; sign in, sign out, and fall back to the
 * sign-in screen when the server refuses the token — always keeping the team's local data
 * and its unsent changes.
 */
let store: SessionStore | null = null;
let sync: SyncHandle | null = null;
let stopWatching: (() => void)[] = [];

function sessionStore(): SessionStore {
  store ??= platformSessionStore();
  return store;
}

// Saves run one after another, so a late "forget" never overwrites a newer sign-in.
let saving: Promise<void> = Promise.resolve();
function saveSession(session: Session | null): Promise<void> {
  saving = saving.catch(() => undefined).then(() => sessionStore().save(session));
  return saving;
}

/** Called once before React renders. */
export async function restoreSession(): Promise<void> {
  let session: Session | null = null;
  try {
    session = await sessionStore().load();
  } catch (error) {
    console.warn('The saved session could not be read; sign in again.', error);
  }
  if (session === null) setSessionState({ status: 'signedOut', reason: 'none' });
  else enter(session);
}

function enter(session: Session): void {
  const openTeam = openedTeamId();
  if (openTeam !== null && openTeam !== session.team.id) {
    // A page holds one team's database: start afresh with the new team.
    location.reload();
    return;
  }
  // Opened before the screens render: they read the runtime as soon as they mount.
  const runtime = openCrmRuntime(session.team.id);
  setSessionState({ status: 'signedIn', session });
  void runtime.then(
    ({ db }) => {
      if (!isCurrent(session)) return;
      void sync?.stop();
      sync = startSync({ db, session, onUnauthorized: () => void expire(session) });
      for (const stop of stopWatching) stop();
      const memoryKey = `crm-rejected-changes:${db.name}:${session.member.id}`;
      stopWatching = [watchTeamDirectory(db), watchLabels(db), watchRejectedChanges(db, session.member.id, localStorageRejectionMemory(memoryKey))];
    },
    (error: unknown) => console.error('The local database could not be opened.', error),
  );
}

function isCurrent(session: Session): boolean {
  const state = getSessionState();
  // By token: the session object is replaced when only its flags change (passwordChanged).
  return state.status === 'signedIn' && state.session.token === session.token;
}

/** A successful sign-in or team creation: keep the session, then open the team's data. */
export async function completeSignIn(session: Session): Promise<void> {
  try {
    await saveSession(session);
  } catch (error) {
    // E.g. Electron on a system with no way to encrypt it: work now, sign in again next time.
    console.warn('The session could not be kept for the next start.', error);
  }
  rememberSignInHint({ serverUrl: session.serverUrl, email: session.member.email });
  enter(session);
}

/**
 * Signs out: ends the token on the server (when reachable), forgets the session, and starts
 * the page afresh on the sign-in screen. The team's local data and unsent changes stay on
 * this device and are sent after the next sign-in to the team.
 */
export async function signOut(): Promise<void> {
  const state = getSessionState();
  if (state.status !== 'signedIn') return;
  await sync?.stop();
  sync = null;
  await signOutOnServer(state.session);
  await saveSession(null);
  location.reload();
}

/** The server refused the token: back to the sign-in screen, keeping everything local. */
async function expire(session: Session): Promise<void> {
  if (!isCurrent(session)) return;
  const forgetting = saveSession(null); // queued now: a sign-in that follows saves after it
  setSessionState({ status: 'signedOut', reason: 'expired' });
  const stopping = sync;
  sync = null;
  await Promise.all([stopping?.stop(), forgetting]);
}

/** The member chose their own password: the session no longer asks for one, also after a restart. */
export async function passwordChanged(): Promise<void> {
  const state = getSessionState();
  if (state.status !== 'signedIn') return;
  const { mustChangePassword: _done, ...session } = state.session;
  setSessionState({ status: 'signedIn', session });
  try {
    await saveSession(session);
  } catch (error) {
    console.warn('The session could not be kept for the next start.', error);
  }
}
