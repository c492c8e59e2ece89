import { MAX_EMAIL_LENGTH, MAX_FOLLOWERS, MAX_ID_LENGTH, MAX_LINK_LENGTH, MAX_NAME_LENGTH, MAX_TIMESTAMP } from './limits';

/**
 * JSON schema of the influencer document, used by the RxDB collection and, at the edges,
 * to validate documents. Indexed fields are required and bounded (RxDB rule).
 * Bump `version` together with a new entry in influencerMigrations.ts.
 */
export const influencerSchema = {
  title: 'influencer',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: MAX_ID_LENGTH },
    kind: { type: 'string', enum: ['platform', 'custom'] },
    platform: { type: ['string', 'null'], enum: ['youtube', 'instagram', 'tiktok', null] },
    platformId: { type: ['string', 'null'], maxLength: MAX_NAME_LENGTH },
    officialName: { type: 'string', maxLength: MAX_NAME_LENGTH },
    customName: { type: ['string', 'null'], maxLength: MAX_NAME_LENGTH },
    link: { type: 'string', maxLength: MAX_LINK_LENGTH },
    email: { type: ['string', 'null'], maxLength: MAX_EMAIL_LENGTH },
    status: { type: 'string', maxLength: MAX_ID_LENGTH },
    labelIds: { type: 'array', items: { type: 'string', maxLength: MAX_ID_LENGTH } },
    liaisonId: { type: ['string', 'null'], maxLength: MAX_ID_LENGTH },
    archived: { type: 'boolean' },
    source: { type: 'string', enum: ['manual', 'import', 'email', 'status_change'] },
    followers: { type: ['number', 'null'], minimum: 0, maximum: MAX_FOLLOWERS },
    country: { type: ['string', 'null'], maxLength: 2 },
    createdAt: { type: 'number', minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 },
    updatedAt: { type: 'number', minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 },
    createdBy: { type: 'string', maxLength: MAX_ID_LENGTH },
    updatedBy: { type: 'string', maxLength: MAX_ID_LENGTH },
  },
  required: [
    'id', 'kind', 'platform', 'platformId', 'officialName', 'customName', 'link', 'email', 'status',
    'labelIds', 'liaisonId', 'archived', 'source', 'followers', 'country',
    'createdAt', 'updatedAt', 'createdBy', 'updatedBy',
  ],
  indexes: ['updatedAt', 'officialName'],
  additionalProperties: false,
} as const;
