import { useSyncExternalStore } from 'react';

/** The app's screens, addressed by the URL hash so they work from app:// and from a browser. */
export type Route =
  | { name: 'list' }
  | { name: 'details'; influencerId: string }
  | { name: 'teamSettings'; tab: TeamSettingsTab }
  /** The team-wide log; `batch`: one bulk operation's entries (all of them carry its `at`). */
  | { name: 'activity'; batch: { batchId: string; at: number } | null }
  | { name: 'emailProjects' };

export const TEAM_SETTINGS_TABS = ['members', 'groups', 'data-management', 'statuses'] as const;
export type TeamSettingsTab = (typeof TEAM_SETTINGS_TABS)[number];

export function teamSettingsHref(tab: TeamSettingsTab = 'members'): string {
  return `#/settings/team/${tab}`;
}

export function parseRoute(hash: string): Route {
  const match = /^#\/influencers\/([^/?#]+)$/.exec(hash);
  if (match?.[1] !== undefined) return { name: 'details', influencerId: decodeURIComponent(match[1]) };
  const settings = /^#\/settings\/team(?:\/([a-z-]+))?$/.exec(hash);
  if (settings !== null) {
    const tab = TEAM_SETTINGS_TABS.find((t) => t === settings[1]) ?? 'members';
    return { name: 'teamSettings', tab };
  }
  if (hash === emailProjectsHref()) return { name: 'emailProjects' };
  const activity = /^#\/activity(?:\/batch\/(\d+)\/([^/?#]+))?$/.exec(hash);
  if (activity !== null) {
    const [, at, batchId] = activity;
    return { name: 'activity', batch: at === undefined || batchId === undefined ? null : { batchId: decodeURIComponent(batchId), at: Number(at) } };
  }
  return { name: 'list' };
}

export function emailProjectsHref(): string {
  return '#/email-projects';
}

/** The team-wide activity page, or one bulk operation's entries on it. */
export function activityHref(batch: { batchId: string; at: number } | null = null): string {
  return batch === null ? '#/activity' : `#/activity/batch/${batch.at}/${encodeURIComponent(batch.batchId)}`;
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
