/**
 * The contract of the Electron preload bridge: the only things the renderer may ask of the
 * main process. Types only — the preload implements it, the renderer calls it through
 * `window.crmDesktop`, which is undefined in browser mode.
 */

export interface DesktopAppInfo {
  version: string;
  /** Node's `process.platform` of the desktop app: 'darwin', 'win32', 'linux', … */
  platform: string;
}

/**
 * How the session token is protected at rest.
 * - 'encrypted': by the OS secret store (Keychain, DPAPI, libsecret/kwallet).
 * - 'basic_text': Linux without a secret store — encrypted with a fixed key, so anyone who
 *   can read the user's files can read the token. The UI should say so.
 * - 'unavailable': nothing to encrypt with; the token cannot be kept between runs.
 */
export type SecretStorageStatus = 'encrypted' | 'basic_text' | 'unavailable';

export interface CrmDesktopApi {
  getAppInfo(): Promise<DesktopAppInfo>;
  /** Opens an http(s) URL in the user's browser; false when the URL was refused or failed. */
  openExternal(url: string): Promise<boolean>;
  /** The saved session token, or null when there is none (or it can no longer be decrypted). */
  loadSession(): Promise<string | null>;
  /** Saves the session token with the OS secret store; null forgets it. */
  saveSession(token: string | null): Promise<void>;
  secretStorageStatus(): Promise<SecretStorageStatus>;
}

declare global {
  interface Window {
    crmDesktop?: CrmDesktopApi;
  }
}
