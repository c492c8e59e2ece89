import { isAppUrl } from '../security/isAppUrl';

/**
 * Whether an IPC message comes from our own page: the frame's URL must be the app://
 * origin (or, in development, the dev server). Anything else — a frame that navigated
 * away, a destroyed frame (no URL) — gets no answer.
 */
export function isTrustedSender(frameUrl: string | null | undefined, devServerUrl?: string): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl, devServerUrl);
}
