import { useSyncExternalStore } from 'react';

/** The app's screens, addressed by the URL hash so they work from app:// and from a browser. */
export type Route = { name: 'list' } | { name: 'details'; influencerId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/influencers\/([^/?#]+)$/.exec(hash);
  if (match?.[1] !== undefined) return { name: 'details', influencerId: decodeURIComponent(match[1]) };
  return { name: 'list' };
}

export function influencerHref(id: string): string {
  return `#/influencers/${encodeURIComponent(id)}`;
}

export function navigate(href: string): void {
  window.location.hash = href;
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(
    (listener) => {
      addEventListener('hashchange', listener);
      return () => removeEventListener('hashchange', listener);
    },
    () => window.location.hash,
  );
  return parseRoute(hash);
}
