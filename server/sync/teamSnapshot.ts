import type { Transaction } from 'kysely';
import { DATA_MANAGEMENT_SETTING_KEY } from '../../shared/permissions/dataManagementSettings';
import { buildPermissionContext, type PermissionContext } from '../../shared/permissions/permissionContext';
import { readDataManagementSettings } from '../../shared/permissions/readDataManagementSettings';
import type { Label } from '../../shared/labels/label';
import type { Member } from '../../shared/team/member';
import type { PublicMember } from '../auth/accounts';
import type { Database } from '../storage/tables';
import { readLiveDocuments, readRoster, SETTINGS } from '../team/teamDocuments';

const LABELS = 'labels';

/**
 * The team as a push's permission checks see it, read inside the push transaction (after the
 * counter lock, so no Team settings change slips in between the check and the write).
 */
export interface TeamSnapshot {
  membersById: ReadonlyMap<string, Member>;
  /** The permission context for the pushing member. */
  contextFor(member: PublicMember): PermissionContext;
  /**
   * The team's labels (live and deleted), read only for a push to `labels` (empty otherwise).
   * The labels hook puts each label it accepts here, so a later row of the same push sees it.
   */
  labelsById: Map<string, Label>;
}

export async function readTeamSnapshot(trx: Transaction<Database>, teamId: string, options: { withLabels?: boolean } = {}): Promise<TeamSnapshot> {
  const roster = await readRoster(trx, teamId);
  const settings = await readLiveDocuments(trx, teamId, SETTINGS);
  const dataManagement = readDataManagementSettings(settings.find((doc) => doc.id === DATA_MANAGEMENT_SETTING_KEY)?.value).settings;
  const membersById = new Map(roster.members.map((m) => [m.id, m]));
  const labels = options.withLabels === true ? ((await readLiveDocuments(trx, teamId, LABELS)) as unknown as Label[]) : [];
  return {
    membersById,
    labelsById: new Map(labels.map((l) => [l.id, l])),
    contextFor(member) {
      // Every account has a member document (written with it; migration 2 for older teams).
      // Should one be missing, the session's account row — active, since it authenticated — stands in.
      const actor = membersById.get(member.id) ?? { ...member, active: true, createdAt: 0, updatedAt: 0 };
      return buildPermissionContext(actor, roster.members, roster.groups, dataManagement);
    },
  };
}
