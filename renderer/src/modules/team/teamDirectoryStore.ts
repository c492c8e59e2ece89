import { create } from 'zustand';
import { defaultDataManagementSettings, type DataManagementSettings } from '../../../../shared/permissions/dataManagementSettings';
import type { Group } from '../../../../shared/team/group';
import type { Member } from '../../../../shared/team/member';

/**
 * The team as this app last received it: members, groups and the data-management settings.
 * Replicated read-only, so names and permissions work offline. Fed by watchTeamDirectory;
 * no I/O here.
 */
export interface TeamDirectory {
  /** Sorted by name. */
  members: readonly Member[];
  /** Sorted by name. */
  groups: readonly Group[];
  membersById: ReadonlyMap<string, Member>;
  groupsById: ReadonlyMap<string, Group>;
  dataManagement: DataManagementSettings;
  /** What was wrong with the stored data-management settings (the strict default applies meanwhile). */
  settingsProblems: readonly string[];
  /** The stored status catalog value (shared/statuses reads it), or null: the predefined catalog. */
  statusCatalogValue: unknown;
}

interface TeamDirectoryState extends TeamDirectory {
  setMembers(members: readonly Member[]): void;
  setGroups(groups: readonly Group[]): void;
  setSettings(change: Pick<TeamDirectory, 'dataManagement' | 'settingsProblems' | 'statusCatalogValue'>): void;
  reset(): void;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

const EMPTY: TeamDirectory = {
  members: [],
  groups: [],
  membersById: new Map(),
  groupsById: new Map(),
  dataManagement: defaultDataManagementSettings(),
  settingsProblems: [],
  statusCatalogValue: null,
};

export const useTeamDirectory = create<TeamDirectoryState>()((set) => ({
  ...EMPTY,
  setMembers: (members) => {
    const sorted = [...members].sort(byName);
    set({ members: sorted, membersById: new Map(sorted.map((m) => [m.id, m])) });
  },
  setGroups: (groups) => {
    const sorted = [...groups].sort(byName);
    set({ groups: sorted, groupsById: new Map(sorted.map((g) => [g.id, g])) });
  },
  setSettings: (change) => set(change),
  reset: () => set(EMPTY),
}));
