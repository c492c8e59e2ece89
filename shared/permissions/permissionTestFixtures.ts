import type { Influencer } from '../influencer';
import { group, member } from '../team/teamTestFixtures';
import { defaultDataManagementSettings, GRANTEES, type DataManagementSettings, type FieldGrants, type Grantee } from './dataManagementSettings';
import type { GuardedField } from './guardedFields';
import { buildPermissionContext, type PermissionContext } from './permissionContext';

/**
 * A team for the permission tests:
 * - groups G (leader gLead; members gMem, gMem2), H (leader hLead; member hMem), K (no leader; member kMem);
 * - Administrators adm and adm2; loner is a Member in no group; gone was deactivated.
 */
export const TEAM_MEMBERS = [
  member('adm', 'admin'),
  member('adm2', 'admin'),
  member('gLead', 'leader', 'G'),
  member('gMem', 'member', 'G'),
  member('gMem2', 'member', 'G'),
  member('hLead', 'leader', 'H'),
  member('hMem', 'member', 'H'),
  member('kMem', 'member', 'K'),
  member('loner', 'member'),
  member('gone', 'member', null, { active: false }),
];
export const TEAM_GROUPS = [group('G', 'gLead'), group('H', 'hLead'), group('K', null)];

export function contextFor(actorId: string, settings: DataManagementSettings = defaultDataManagementSettings()): PermissionContext {
  const actor = TEAM_MEMBERS.find((m) => m.id === actorId);
  if (actor === undefined) throw new Error(`no member ${actorId}`);
  return buildPermissionContext(actor, TEAM_MEMBERS, TEAM_GROUPS, settings);
}

/** Settings granting `field` to exactly `grants`; the other fields stay at the default. */
export function settingsGranting(field: GuardedField, grants: Partial<FieldGrants>): DataManagementSettings {
  const settings = defaultDataManagementSettings();
  settings.grants[field] = { ...settings.grants[field], ...grants };
  return settings;
}

export function influencer(fields: Partial<Influencer> = {}): Influencer {
  return {
    id: 'inf', kind: 'custom', platform: null, platformId: null, officialName: 'Ana Lima', customName: null, link: 'https://analima.example',
    email: null, status: 'not_collaborated', labelIds: [], liaisonId: 'gMem', archived: false, source: 'manual', followers: null, country: null,
    createdAt: 1, updatedAt: 2, createdBy: 'gMem', updatedBy: 'gMem', ...fields,
  };
}


/**
 * The expectation, written by hand from the reference rather than from the code: for each
 * liaison (the team above) and each active actor, the grants that let the actor
 * change a guarded field — 'liaison' when the actor is the liaison (always allowed).
 */
export const SUFFICIENT: Record<string, Record<string, readonly Grantee[] | 'liaison'>> = {
  // A Member of G, whose leader is gLead.
  gMem: { adm: ['admins'], adm2: ['admins'], gLead: ['liaisonGroupLeader', 'allLeaders'], gMem: 'liaison', gMem2: ['allMembers'], hLead: ['allLeaders'], hMem: ['allMembers'], kMem: ['allMembers'], loner: ['allMembers'] },
  // A Member of K, which has no leader: "the leader of the liaison's group" is nobody.
  kMem: { adm: ['admins'], adm2: ['admins'], gLead: ['allLeaders'], gMem: ['allMembers'], gMem2: ['allMembers'], hLead: ['allLeaders'], hMem: ['allMembers'], kMem: 'liaison', loner: ['allMembers'] },
  // A Member in no group.
  loner: { adm: ['admins'], adm2: ['admins'], gLead: ['allLeaders'], gMem: ['allMembers'], gMem2: ['allMembers'], hLead: ['allLeaders'], hMem: ['allMembers'], kMem: ['allMembers'], loner: 'liaison' },
  // G's Team Leader: another leader is not "the leader of the liaison's group".
  gLead: { adm: ['admins'], adm2: ['admins'], gLead: 'liaison', gMem: ['allMembers'], gMem2: ['allMembers'], hLead: ['allLeaders'], hMem: ['allMembers'], kMem: ['allMembers'], loner: ['allMembers'] },
  // An Administrator (in no group).
  adm2: { adm: ['admins'], adm2: 'liaison', gLead: ['allLeaders'], gMem: ['allMembers'], gMem2: ['allMembers'], hLead: ['allLeaders'], hMem: ['allMembers'], kMem: ['allMembers'], loner: ['allMembers'] },
};
export const ACTORS = Object.keys(SUFFICIENT.gMem ?? {});
/** Unassigned: nobody, a deactivated member, an id that is no member of the team. */
export const UNASSIGNED = [null, 'gone', 'stranger'];

/** Every combination of the four grants. */
export const ALL_GRANTS: FieldGrants[] = Array.from({ length: 16 }, (_, bits) => Object.fromEntries(GRANTEES.map((g, i) => [g, (bits & (1 << i)) !== 0])) as FieldGrants);

export function expectedPermission(liaison: string | null, actor: string, grants: FieldGrants, field: GuardedField, kind: 'platform' | 'custom'): boolean {
  if (actor === 'gone') return false;
  if (field === 'link' && kind === 'platform') return false;
  if (liaison === null || UNASSIGNED.includes(liaison)) return true;
  const sufficient = SUFFICIENT[liaison]?.[actor];
  if (sufficient === undefined) throw new Error(`no expectation for ${liaison}/${actor}`);
  return sufficient === 'liaison' || sufficient.some((g) => grants[g]);
}

/** Every liaison case: the assigned ones above, then the unassigned ones. */
export const LIAISONS: (string | null)[] = [...Object.keys(SUFFICIENT), ...UNASSIGNED];
