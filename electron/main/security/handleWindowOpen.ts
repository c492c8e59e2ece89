import { openExternalSafely } from './openExternalSafely';

/**
 * setWindowOpenHandler: the app never opens a second window (window.open, target=_blank).
 * Links meant for the browser — influencer profiles, help pages — go to the user's
 * browser instead, if they pass openExternalSafely's checks.
 */
export function handleWindowOpen(
  details: { url: string },
  openExternal: (url: string) => Promise<void>,
): { action: 'deny' } {
  void openExternalSafely(details.url, openExternal);
  return { action: 'deny' };
}
