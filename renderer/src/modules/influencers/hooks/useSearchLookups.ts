import { useMemo } from 'react';
import { DEMO_LABELS } from '../../../../../shared/demo/demoLabels';
import { DEMO_MEMBERS } from '../../../../../shared/demo/demoMembers';
import type { SearchLookups } from '../../../../../shared/search/compileSearch';
import { defaultStatusCatalog } from '../../../../../shared/statuses/statusCatalog';
import { useSessionState } from '../../../session/sessionState';

// Labels and the team's custom statuses are not team data in the app yet: the demo labels
// and the predefined statuses (every group) are what the list shows, so they are what
// `label:` and `status:` resolve. Swap these for the replicated team data when it exists.
const LABELS = DEMO_LABELS.map(({ id, name }) => ({ id, name }));
const STATUSES = defaultStatusCatalog().statuses.map(({ id, label }) => ({ id, label }));

/**
 * The names the search box resolves (`label:`, `status:`, `liaison:`, "me"). The object is
 * stable while the signed-in member is, so the projection compiles each query once.
 */
export function useSearchLookups(): SearchLookups {
  const session = useSessionState();
  const me = session.status === 'signedIn' ? session.session.member : null;
  const meId = me?.id ?? null;
  const meName = me?.name ?? null;
  const meEmail = me?.email ?? null;
  return useMemo(() => {
    const members: { id: string; name: string; email?: string }[] = DEMO_MEMBERS.map(({ id, name, email }) => ({ id, name, email }));
    if (meId !== null && !members.some((m) => m.id === meId)) members.push({ id: meId, name: meName ?? '', email: meEmail ?? undefined });
    return { labels: LABELS, statuses: STATUSES, members, currentMemberId: meId };
  }, [meId, meName, meEmail]);
}
