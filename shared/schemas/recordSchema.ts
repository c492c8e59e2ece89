import { MAX_COUNT, MAX_ID_LENGTH, MAX_LINK_LENGTH, MAX_NAME_LENGTH, MAX_TIMESTAMP } from './limits';

/** Long enough for a project membership's derived id, "pm:<projectId>:<influencerId>". */
export const MAX_RECORD_ID_LENGTH = 2 * MAX_ID_LENGTH + 8;
export const MAX_NOTE_LENGTH = 10_000;
/** Amounts are integers in the currency's minor unit (cents); ±10^15 covers any budget exactly. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000_000;

const timestamp = { type: 'number', minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 } as const;
const optionalTimestamp = { type: ['number', 'null'], minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 } as const;
const optionalCount = { type: ['number', 'null'], minimum: 0, maximum: MAX_COUNT, multipleOf: 1 } as const;
const shortText = { type: 'string', maxLength: MAX_NAME_LENGTH } as const;

/**
 * JSON schema of the `records` collection: the team's records on an influencer's Overview
 * (reference 000, "CRM Details Page") in ONE collection with a `type` discriminator, because
 * the free RxDB tier opens few collections. Types: shipment (logistics tracking), expense
 * (marketing expenses), content (content monitoring), note, and project_member (an
 * influencer's membership of an email project; the projects themselves are the
 * `emailProjects` collection).
 *
 * Type-specific fields are optional here (JSON schema without oneOf, which validateDocument
 * does not implement); shared/records/validateRecord.ts checks which fields each type must
 * and may have — use it at the edges, not this schema alone.
 *
 * Why memberships are documents and not an id list on the project: a bulk add of 10,000
 * influencers then pushes 10,000 small documents in batches (about 200 bytes each), later
 * single adds push one, two members adding to one project offline never conflict (the ids
 * are derived from project + influencer, so the same membership is the same document), and
 * an influencer's projects are one indexed query. An id list would be a 370 KB document
 * re-sent whole on every change and merged as a set on every conflict.
 *
 * Indexed fields are required strings (RxDB cannot index nullable fields): `projectId` is ""
 * when a record belongs to no project.
 */
export const recordSchema = {
  title: 'record',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: MAX_RECORD_ID_LENGTH },
    type: { type: 'string', enum: ['shipment', 'expense', 'content', 'note', 'project_member'], maxLength: 16 },
    influencerId: { type: 'string', maxLength: MAX_ID_LENGTH },
    projectId: { type: 'string', maxLength: MAX_ID_LENGTH },
    createdAt: timestamp,
    createdBy: { type: 'string', maxLength: MAX_ID_LENGTH },
    updatedAt: timestamp,
    updatedBy: { type: 'string', maxLength: MAX_ID_LENGTH },
    // shipment
    itemName: shortText,
    carrier: shortText,
    trackingNumber: { type: 'string', maxLength: 100 },
    shipmentStatus: { type: 'string', enum: ['preparing', 'shipped', 'in_transit', 'delivered', 'returned', 'lost'] },
    shippedAt: optionalTimestamp,
    deliveredAt: optionalTimestamp,
    // expense
    amountMinor: { type: 'number', minimum: -MAX_AMOUNT_MINOR, maximum: MAX_AMOUNT_MINOR, multipleOf: 1 },
    currency: { type: 'string', minLength: 3, maxLength: 3 },
    category: { type: 'string', enum: ['fee', 'product', 'shipping', 'advertising', 'travel', 'other'] },
    spentAt: timestamp,
    // content
    postUrl: { type: 'string', maxLength: MAX_LINK_LENGTH },
    contentPlatform: { type: 'string', enum: ['youtube', 'instagram', 'tiktok', 'x', 'facebook', 'whatsapp', 'website'] },
    postedAt: optionalTimestamp,
    views: optionalCount,
    likes: optionalCount,
    comments: optionalCount,
    // shipment, expense, content: a remark; note: the note itself
    note: { type: ['string', 'null'], maxLength: MAX_NOTE_LENGTH },
  },
  required: ['id', 'type', 'influencerId', 'projectId', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy'],
  indexes: [['influencerId', 'createdAt'], ['projectId', 'influencerId'], ['type', 'createdAt']],
  additionalProperties: false,
} as const;
