import { MAX_EMAIL_LENGTH, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TIMESTAMP } from './limits';

const timestamp = { type: 'number', minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 } as const;

/**
 * JSON schema of the `members` collection (shared/team/member.ts): the team's members, read
 * only in the app (the server writes them from Team settings). No password data, ever.
 * Small (a team has tens or hundreds of members), so no indexes.
 */
export const memberSchema = {
  title: 'member',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: MAX_ID_LENGTH },
    name: { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH },
    email: { type: 'string', maxLength: MAX_EMAIL_LENGTH },
    role: { type: 'string', enum: ['admin', 'leader', 'member'] },
    groupId: { type: ['string', 'null'], maxLength: MAX_ID_LENGTH },
    active: { type: 'boolean' },
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  required: ['id', 'name', 'email', 'role', 'groupId', 'active', 'createdAt', 'updatedAt'],
  additionalProperties: false,
} as const;
