import {
  MAX_CHANNELS, MAX_COUNT, MAX_DESCRIPTION_LENGTH, MAX_EMAIL_LENGTH, MAX_FOLLOWERS, MAX_ID_LENGTH, MAX_LANGUAGE_LENGTH,
  MAX_LINK_LENGTH, MAX_NAME_LENGTH, MAX_REASON_LENGTH, MAX_TIMESTAMP,
} from './limits';

const timestamp = { type: 'number', minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 } as const;
const optionalTimestamp = { type: ['number', 'null'], minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 } as const;
const optionalCount = { type: ['number', 'null'], minimum: 0, maximum: MAX_COUNT, multipleOf: 1 } as const;

/**
 * JSON schema of the influencer document, used by the RxDB collection and, at the edges,
 * to validate documents. Indexed fields are required and bounded (RxDB rule).
 * Bump `version` together with a new entry in migrations.ts.
 *
 * Version 1 added contract/payment status, platform and manual email, channels, recording,
 * profile, quality score and language. They are optional and not indexed, so version 0
 * documents are valid version 1 documents (the 0→1 migration changes nothing).
 * Version 2 added `mergedInto`, optional likewise: the influencer this one was merged into.
 */
export const influencerSchema = {
  title: 'influencer',
  version: 2,
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
    createdAt: timestamp,
    updatedAt: timestamp,
    createdBy: { type: 'string', maxLength: MAX_ID_LENGTH },
    updatedBy: { type: 'string', maxLength: MAX_ID_LENGTH },
    // ---- version 1: optional, read through the shared accessors ----
    contractStatus: { type: ['string', 'null'], maxLength: MAX_ID_LENGTH },
    paymentStatus: { type: ['string', 'null'], maxLength: MAX_ID_LENGTH },
    platformEmail: { type: ['string', 'null'], maxLength: MAX_EMAIL_LENGTH },
    manualEmail: { type: ['string', 'null'], maxLength: MAX_EMAIL_LENGTH },
    channels: {
      type: 'array',
      maxItems: MAX_CHANNELS,
      items: {
        type: 'object',
        properties: {
          type: { type: 'string', enum: ['youtube', 'instagram', 'tiktok', 'x', 'facebook', 'whatsapp', 'website'] },
          url: { type: 'string', maxLength: MAX_LINK_LENGTH },
        },
        required: ['type', 'url'],
        additionalProperties: false,
      },
    },
    recording: {
      type: ['object', 'null'],
      properties: {
        state: { type: 'string', enum: ['requested', 'recording', 'recorded', 'failed'] },
        requestedAt: timestamp,
        requestedBy: { type: 'string', maxLength: MAX_ID_LENGTH },
        startedAt: optionalTimestamp,
        finishedAt: optionalTimestamp,
        failureCode: { type: ['string', 'null'], enum: ['bad_link', 'not_found', 'provider_down', 'duplicate', null] },
        failureReason: { type: ['string', 'null'], maxLength: MAX_REASON_LENGTH },
      },
      required: ['state', 'requestedAt', 'requestedBy', 'startedAt', 'finishedAt', 'failureCode', 'failureReason'],
      additionalProperties: false,
    },
    profile: {
      type: ['object', 'null'],
      properties: {
        avatarUrl: { type: ['string', 'null'], maxLength: MAX_LINK_LENGTH },
        description: { type: ['string', 'null'], maxLength: MAX_DESCRIPTION_LENGTH },
        handle: { type: ['string', 'null'], maxLength: MAX_NAME_LENGTH },
        postCount: optionalCount,
        viewCount: optionalCount,
        joinedAt: optionalTimestamp,
        fetchedAt: timestamp,
      },
      required: ['avatarUrl', 'description', 'handle', 'postCount', 'viewCount', 'joinedAt', 'fetchedAt'],
      additionalProperties: false,
    },
    qualityScore: { type: ['number', 'null'], minimum: 0, maximum: 100 },
    language: { type: ['string', 'null'], maxLength: MAX_LANGUAGE_LENGTH },
    // ---- version 2 ----
    mergedInto: { type: ['string', 'null'], maxLength: MAX_ID_LENGTH },
  },
  required: [
    'id', 'kind', 'platform', 'platformId', 'officialName', 'customName', 'link', 'email', 'status',
    'labelIds', 'liaisonId', 'archived', 'source', 'followers', 'country',
    'createdAt', 'updatedAt', 'createdBy', 'updatedBy',
  ],
  indexes: ['updatedAt', 'officialName'],
  additionalProperties: false,
} as const;
