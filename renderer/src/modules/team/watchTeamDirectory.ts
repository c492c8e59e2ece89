import { readDataManagementSettings } from '../../../../shared/permissions/readDataManagementSettings';
import { DATA_MANAGEMENT_SETTING_KEY } from '../../../../shared/permissions/dataManagementSettings';
import { STATUS_CATALOG_SETTING_KEY } from '../../../../shared/statuses/statusCatalog';
import type { Group } from '../../../../shared/team/group';
import type { Member } from '../../../../shared/team/member';
import type { CrmDatabase } from '../../db/database';
import { useTeamDirectory } from './teamDirectoryStore';

/**
 * Keeps the team directory current from the local database: the team's collections are small
 * (tens or hundreds of documents), so a live query of each is cheap. Returns the stop function.
 */
export function watchTeamDirectory(db: Pick<CrmDatabase, 'members' | 'groups' | 'settings'>): () => void {
  const store = useTeamDirectory.getState();
  const subscriptions = [
    db.members.find().$.subscribe((docs) => store.setMembers(docs.map((d) => d.toJSON() as Member))),
    db.groups.find().$.subscribe((docs) => store.setGroups(docs.map((d) => d.toJSON() as Group))),
    db.settings.find().$.subscribe((docs) => {
      const values = new Map(docs.map((d) => [d.id, d.toJSON().value as unknown]));
      const { settings, problems } = readDataManagementSettings(values.get(DATA_MANAGEMENT_SETTING_KEY));
      store.setSettings({ dataManagement: settings, settingsProblems: problems, statusCatalogValue: values.get(STATUS_CATALOG_SETTING_KEY) ?? null });
    }),
  ];
  return () => {
    for (const subscription of subscriptions) subscription.unsubscribe();
  };
}
