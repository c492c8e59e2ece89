import { isAppUrl } from './isAppUrl';

export type NavigationDecision = 'allow' | 'deny';

/**
 * The window only ever shows the app. Any navigation away from it — a link without a
 * target, a redirect, a script setting location — is stopped; external links go through
 * openExternal instead.
 */
export function decideNavigation(url: string, devServerUrl?: string): NavigationDecision {
  return isAppUrl(url, devServerUrl) ? 'allow' : 'deny';
}
