import { useMemo } from 'react';
import { DEMO_LABELS } from '../../../../../shared/demo/demoLabels';
import { DEMO_MEMBERS } from '../../../../../shared/demo/demoMembers';
import type { SearchLookups } from '../../../../../shared/search/compileSearch';
import { readStatusCatalog } from '../../../../../shared/statuses/readStatusCatalog';
import { useSessionState } from '../../../session/sessionState';
import { useTeamDirectory } from '../../team/teamDirectoryStore';

// Labels are not team data in the app yet: the demo labels are what the list shows, so they
// are what `label:` resolves. Swap them for the replicated labels when they exist.
const LABELS = DEMO_LABELS.map(({ id, name }) => ({ id, name }));

/**
 * The names the search box resolves (`label:`, `status:`, `liaison:`, "me"): the team's
 * replicated members (and the demo data's made-up colleagues) and the team's status catalog.
 * The object is stable while those are, so the projection compiles each query once.
 */
export function useSearchLookups(): SearchLookups {
  const session = useSessionState();
  const teamMembers = useTeamDirectory((s) => s.members);
  const catalogValue = useTeamDirectory((s) => s.statusCatalogValue);
  const me = session.status === 'signedIn' ? session.session.member : null;
  const meId = me?.id ?? null;
  const meName = me?.name ?? null;
  const meEmail = me?.email ?? null;
  return useMemo(() => {
    const members: { id: string; name: string; email?: string }[] = teamMembers.map(({ id, name, email }) => ({ id, name, email }));
    for (const demo of DEMO_MEMBERS) if (!members.some((m) => m.id === demo.id)) members.push({ id: demo.id, name: demo.name, email: demo.email });
    if (meId !== null && !members.some((m) => m.id === meId)) members.push({ id: meId, name: meName ?? '', email: meEmail ?? undefined });
    const statuses = readStatusCatalog(catalogValue).catalog.statuses.map(({ id, label }) => ({ id, label }));
    return { labels: LABELS, statuses, members, currentMemberId: meId };
  }, [teamMembers, catalogValue, meId, meName, meEmail]);
}
