import { MAX_ID_LENGTH } from '../schemas/limits';
import { NOT_COLLABORATED_ID, PREDEFINED_STATUSES } from './predefinedStatuses';
import { STATUS_GROUPS, type StatusGroup } from './statusGroups';

/**
 * The team's status catalog: the predefined statuses plus the custom ones administrators
 * added, in display order, and the status new influencers start at. Stored as the value of
 * the team's settings document `STATUS_CATALOG_SETTING_KEY`; read it with readStatusCatalog,
 * change it with the operations in editStatusCatalog.ts.
 */
export interface StatusCatalog {
  version: typeof STATUS_CATALOG_VERSION;
  /** An active Influencer-group status. */
  initialStatusId: string;
  /** Every status, grouped by `group`; within a group, array order is display order. */
  statuses: StatusEntry[];
}

export interface StatusEntry {
  id: string;
  group: StatusGroup;
  label: string;
  /** "#rrggbb", lower-case. */
  color: string;
  /** Predefined statuses cannot be renamed or retired; their labels come from the code. */
  predefined: boolean;
  /** Retired statuses are no longer offered but still read correctly on old records. */
  retired: boolean;
}

export const STATUS_CATALOG_SETTING_KEY = 'status_catalog';
/** Bump with a new step in statusCatalogMigrations.ts. */
export const STATUS_CATALOG_VERSION = 1;

export const MAX_STATUS_LABEL_LENGTH = 40;
export const MAX_CUSTOM_STATUSES_PER_GROUP = 50;
const MAX_STATUSES = PREDEFINED_STATUSES.length + MAX_CUSTOM_STATUSES_PER_GROUP * STATUS_GROUPS.length;

/** The catalog of a team that has not changed anything: the predefined statuses only. */
export function defaultStatusCatalog(): StatusCatalog {
  return {
    version: STATUS_CATALOG_VERSION,
    initialStatusId: NOT_COLLABORATED_ID,
    statuses: PREDEFINED_STATUSES.map((s) => ({ id: s.id, group: s.group, label: s.label, color: s.color, predefined: true, retired: false })),
  };
}

/** JSON schema of a stored catalog (the shape; validateStatusCatalog adds the rules across entries). */
export const statusCatalogValueSchema = {
  type: 'object',
  properties: {
    version: { type: 'integer', minimum: 1, maximum: 1_000 },
    initialStatusId: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH },
    statuses: {
      type: 'array',
      maxItems: MAX_STATUSES,
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH },
          group: { type: 'string', enum: [...STATUS_GROUPS] },
          label: { type: 'string', minLength: 1, maxLength: MAX_STATUS_LABEL_LENGTH },
          color: { type: 'string', minLength: 7, maxLength: 7 },
          predefined: { type: 'boolean' },
          retired: { type: 'boolean' },
        },
        required: ['id', 'group', 'label', 'color', 'predefined', 'retired'],
        additionalProperties: false,
      },
    },
  },
  required: ['version', 'initialStatusId', 'statuses'],
  additionalProperties: false,
} as const;
