import { LABEL_COLORS } from '../../../../shared/labels/labelRules';
import { foldSearchText } from '../../../../shared/search/foldSearchText';
import { statusesForGroup } from '../../../../shared/statuses/statusLookup';
import { readStatusCatalog } from '../../../../shared/statuses/readStatusCatalog';
import { getCrmRuntime } from '../../app/crmRuntime';
import { commandContext } from '../team/commandContext';
import { useTeamDirectory } from '../team/teamDirectoryStore';
import { createLabel } from '../labels/commands/labelCommands';
import { useLabelStore } from '../labels/labelStore';
import { labelCommandContext } from '../labels/runLabelOperation';
import type { ImportDeps } from './runImport';

/**
 * An import's dependencies in the app: the open team database, the signed-in member and
 * their permissions, the team's statuses, labels and members, and the list's projection as
 * the influencers to check duplicates against. Labels a file names that the team does not
 * have are created (each logged like one made by hand), in the palette's colors in turn.
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
    createLabels: async (names) => {
      const labelCtx = await labelCommandContext();
      const ids = new Map<string, string>();
      for (const [i, name] of names.entries()) {
        const created = await createLabel(labelCtx, { name, color: LABEL_COLORS[i % LABEL_COLORS.length] ?? LABEL_COLORS[0] });
        // A label of that name made meanwhile (another window, a sync) is used instead.
        const id = created.status === 'done' ? created.label.id : useLabelStore.getState().live.find((l) => foldSearchText(l.name) === foldSearchText(name))?.id;
        if (id !== undefined) ids.set(foldSearchText(name), id);
      }
      return ids;
    },
  };
}
