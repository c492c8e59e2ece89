import { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TIMESTAMP } from './limits';

const timestamp = { type: 'number', minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 } as const;

/**
 * JSON schema of the `groups` collection (shared/team/group.ts), read only in the app (the
 * server writes it from Team settings). A deleted group replicates as `_deleted: true`.
 */
export const groupSchema = {
  title: 'group',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: MAX_ID_LENGTH },
    name: { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH },
    leaderId: { type: ['string', 'null'], maxLength: MAX_ID_LENGTH },
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  required: ['id', 'name', 'leaderId', 'createdAt', 'updatedAt'],
  additionalProperties: false,
} as const;
