import { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TIMESTAMP } from './limits';

const timestamp = { type: 'number', minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 } as const;

/**
 * JSON schema of the `emailProjects` collection: a team's named email projects (reference
 * 000: the Overview lists an influencer's email projects). A project is small and rarely
 * changes; its members are `project_member` documents in the records collection (see
 * recordSchema.ts for why). Archived rather than deleted, like influencers, so old
 * memberships keep their project's name.
 */
export const emailProjectSchema = {
  title: 'email project',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: MAX_ID_LENGTH },
    name: { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH },
    archived: { type: 'boolean' },
    createdAt: timestamp,
    createdBy: { type: 'string', maxLength: MAX_ID_LENGTH },
    updatedAt: timestamp,
    updatedBy: { type: 'string', maxLength: MAX_ID_LENGTH },
  },
  required: ['id', 'name', 'archived', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy'],
  indexes: ['createdAt'],
  additionalProperties: false,
} as const;
