import { statusesForGroup } from '../../../../shared/statuses/statusLookup';
import { readStatusCatalog } from '../../../../shared/statuses/readStatusCatalog';
import { getCrmRuntime } from '../../app/crmRuntime';
import { useLabelStore } from '../labels/labelStore';
import { commandContext } from '../team/commandContext';
import { useTeamDirectory } from '../team/teamDirectoryStore';
import type { ImportDeps } from './runImport';

/**
 * An import's dependencies in the app: the open team database, the signed-in member and
 * their permissions, the team's statuses, labels and members, and the list's projection as
 * the influencers to check duplicates against. Labels are the team's live labels; labels a
 * file names beyond them are refused per row (create them under Labels first).
 */
export async function importDepsForApp(): Promise<ImportDeps> {
  const runtime = await getCrmRuntime();
  const ctx = await commandContext();
  const directory = useTeamDirectory.getState();
  const catalog = readStatusCatalog(directory.statusCatalogValue).catalog;
  return {
    db: runtime.db,
    actorId: ctx.actorId,
    permissions: ctx.permissions,
    context: {
      statuses: statusesForGroup(catalog, 'influencer').map((s) => ({ id: s.id, label: s.label })),
      labels: useLabelStore.getState().live.map((l) => ({ id: l.id, name: l.name })),
      members: directory.members.filter((m) => m.active).map((m) => ({ id: m.id, name: m.name, email: m.email })),
    },
    existing: () => runtime.projection.allRows().map((r) => ({ id: r.id, platform: r.platform, platformId: r.platformId, link: r.link, email: r.email })),
    initialStatusId: catalog.initialStatusId,
  };
}
