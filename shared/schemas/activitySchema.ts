import { MAX_ID_LENGTH, MAX_TIMESTAMP } from './limits';

/** JSON-encoded from/to values are capped so one entry stays small. */
export const MAX_ACTIVITY_VALUE_LENGTH = 10_000;

/**
 * JSON schema of an activity entry. Indexed by influencer + time for the details page and by
 * time alone for the team-wide log. Bump `version` with a new entry in activityMigrations.ts.
 */
export const activitySchema = {
  title: 'activity',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: MAX_ID_LENGTH },
    influencerId: { type: 'string', maxLength: MAX_ID_LENGTH },
    actorId: { type: 'string', maxLength: MAX_ID_LENGTH },
    at: { type: 'number', minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 },
    kind: { type: 'string', maxLength: 32 },
    field: { type: ['string', 'null'], maxLength: 64 },
    from: { type: ['string', 'null'], maxLength: MAX_ACTIVITY_VALUE_LENGTH },
    to: { type: ['string', 'null'], maxLength: MAX_ACTIVITY_VALUE_LENGTH },
    batchId: { type: ['string', 'null'], maxLength: MAX_ID_LENGTH },
  },
  required: ['id', 'influencerId', 'actorId', 'at', 'kind', 'field', 'from', 'to', 'batchId'],
  indexes: [['influencerId', 'at'], 'at'],
  additionalProperties: false,
} as const;
