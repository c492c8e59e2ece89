import { useMemo } from 'react';
import { DEMO_MEMBERS } from '../../../../../shared/demo/demoMembers';
import type { SearchLookups } from '../../../../../shared/search/compileSearch';
import { readStatusCatalog } from '../../../../../shared/statuses/readStatusCatalog';
import { useSessionState } from '../../../session/sessionState';
import { useLabelStore } from '../../labels/labelStore';
import { useTeamDirectory } from '../../team/teamDirectoryStore';

/**
 * The names the search box resolves (`label:`/`group:`, `status:`, `liaison:`, "me"): the
 * team's live labels, its replicated members (and the demo data's made-up colleagues) and the team's status catalog.
 * The object is stable while those are, so the projection compiles each query once.
 */
export function useSearchLookups(): SearchLookups {
  const session = useSessionState();
  const teamMembers = useTeamDirectory((s) => s.members);
  const catalogValue = useTeamDirectory((s) => s.statusCatalogValue);
  const liveLabels = useLabelStore((s) => s.live);
  const me = session.status === 'signedIn' ? session.session.member : null;
  const meId = me?.id ?? null;
  const meName = me?.name ?? null;
  const meEmail = me?.email ?? null;
  return useMemo(() => {
    const members: { id: string; name: string; email?: string }[] = teamMembers.map(({ id, name, email }) => ({ id, name, email }));
    for (const demo of DEMO_MEMBERS) if (!members.some((m) => m.id === demo.id)) members.push({ id: demo.id, name: demo.name, email: demo.email });
    if (meId !== null && !members.some((m) => m.id === meId)) members.push({ id: meId, name: meName ?? '', email: meEmail ?? undefined });
    const statuses = readStatusCatalog(catalogValue).catalog.statuses.map(({ id, label }) => ({ id, label }));
    const labels = liveLabels.map(({ id, name }) => ({ id, name }));
    return { labels, statuses, members, currentMemberId: meId };
  }, [teamMembers, catalogValue, liveLabels, meId, meName, meEmail]);
}
