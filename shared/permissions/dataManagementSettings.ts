import type { SchemaNode } from '../schemas/validateDocument';
import { GUARDED_FIELDS, type GuardedField } from './guardedFields';

/**
 * Who, besides the liaison, may change each guarded field. Each grantee is a group of
 * people by role: every Administrator; the Team Leader of the liaison's group; every Team
 * Leader; every Member (role Member: not "everyone").
 */
export const GRANTEES = ['admins', 'liaisonGroupLeader', 'allLeaders', 'allMembers'] as const;
export type Grantee = (typeof GRANTEES)[number];

export const GRANTEE_LABELS: Readonly<Record<Grantee, string>> = {
  admins: 'Administrators',
  liaisonGroupLeader: "Team Leader of the liaison's group",
  allLeaders: 'All Team Leaders',
  allMembers: 'All Members',
};

export type FieldGrants = Record<Grantee, boolean>;

/** The team's data-management settings: the value of the settings document `data_management`. */
export interface DataManagementSettings {
  version: typeof DATA_MANAGEMENT_VERSION;
  grants: Record<GuardedField, FieldGrants>;
}

export const DATA_MANAGEMENT_SETTING_KEY = 'data_management';
export const DATA_MANAGEMENT_VERSION = 1;

/** The default (reference 000): only the liaison changes the guarded fields. */
export function defaultDataManagementSettings(): DataManagementSettings {
  const none = (): FieldGrants => ({ admins: false, liaisonGroupLeader: false, allLeaders: false, allMembers: false });
  return { version: DATA_MANAGEMENT_VERSION, grants: { name: none(), link: none(), status: none(), liaison: none(), archive: none() } };
}

const fieldGrantsSchema: SchemaNode = {
  type: 'object',
  properties: Object.fromEntries(GRANTEES.map((g): [string, SchemaNode] => [g, { type: 'boolean' }])),
  required: GRANTEES,
  additionalProperties: false,
};

/** JSON schema of the stored value (checked by the server on push and by readDataManagementSettings). */
export const dataManagementValueSchema = {
  type: 'object',
  properties: {
    version: { type: 'integer', minimum: 1, maximum: 1_000 },
    grants: {
      type: 'object',
      properties: Object.fromEntries(GUARDED_FIELDS.map((f): [string, SchemaNode] => [f, fieldGrantsSchema])),
      required: GUARDED_FIELDS,
      additionalProperties: false,
    },
  },
  required: ['version', 'grants'],
  additionalProperties: false,
} as const satisfies SchemaNode;
