import { validateWebLink } from '../links/validateWebLink';
import { recordSchema } from '../schemas/recordSchema';
import { validateDocument } from '../schemas/validateDocument';
import type { CrmRecord, CrmRecordType } from './crmRecord';
import { isCurrencyCode } from './money';
import { membershipRecordId } from './projectMembership';

export type RecordValidation = { ok: true; record: CrmRecord } | { ok: false; errors: string[] };

/** The fields each type has, besides the common ones; all present, nullable ones as null. */
export const RECORD_TYPE_FIELDS: Readonly<Record<CrmRecordType, readonly string[]>> = {
  shipment: ['itemName', 'carrier', 'trackingNumber', 'shipmentStatus', 'shippedAt', 'deliveredAt', 'note'],
  expense: ['amountMinor', 'currency', 'category', 'spentAt', 'note'],
  content: ['postUrl', 'contentPlatform', 'postedAt', 'views', 'likes', 'comments', 'note'],
  note: ['note'],
  project_member: [],
};
const COMMON = new Set(['id', 'type', 'influencerId', 'projectId', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);
const TYPE_NAMES: Readonly<Record<CrmRecordType, string>> = {
  shipment: 'a shipment', expense: 'an expense', content: 'a content record', note: 'a note', project_member: 'a project membership',
};

/**
 * Validates a records-collection document: the JSON schema (recordSchema) plus what it
 * cannot say — each type's fields and no others, a real currency code, a web link for a
 * post, delivery not before shipping, a non-empty note, and a membership's id derived from
 * its project and influencer (so the same membership is always the same document).
 * The server and the app both call this at the edges.
 */
export function validateRecord(value: unknown): RecordValidation {
  const shape = validateDocument(recordSchema, value);
  if (!shape.ok) return { ok: false, errors: shape.errors };
  const doc = value as Readonly<Record<string, unknown>>; // the shape was just checked
  const type = doc.type as CrmRecordType;
  const fields = RECORD_TYPE_FIELDS[type];
  const errors: string[] = [];
  for (const field of fields) if (!Object.hasOwn(doc, field) || doc[field] === undefined) errors.push(`${field}: is required for ${TYPE_NAMES[type]}`);
  for (const field of Object.keys(doc)) {
    if (!COMMON.has(field) && !fields.includes(field) && doc[field] !== undefined) errors.push(`${field}: is not a field of ${TYPE_NAMES[type]}`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const text = (field: string): string => (typeof doc[field] === 'string' ? (doc[field] as string) : '');
  switch (type) {
    case 'shipment': {
      if (text('itemName').trim() === '') errors.push('itemName: say what was shipped');
      const shipped = doc.shippedAt;
      const delivered = doc.deliveredAt;
      if (typeof shipped === 'number' && typeof delivered === 'number' && delivered < shipped) errors.push('deliveredAt: cannot be before shippedAt');
      break;
    }
    case 'expense':
      if (!isCurrencyCode(text('currency'))) errors.push('currency: must be an ISO 4217 code such as EUR');
      break;
    case 'content': {
      const link = validateWebLink(text('postUrl'));
      if (!link.ok) errors.push(`postUrl: ${link.reason}`);
      else if (link.link !== text('postUrl')) errors.push(`postUrl: must be stored normalised, as ${link.link}`);
      break;
    }
    case 'note':
      if (text('note').trim() === '') errors.push('note: a note cannot be empty');
      break;
    case 'project_member':
      if (text('projectId') === '') errors.push('projectId: a membership needs its project');
      else if (doc.id !== membershipRecordId(text('projectId'), text('influencerId'))) {
        errors.push(`id: a membership's id is "${membershipRecordId(text('projectId'), text('influencerId'))}"`);
      }
      break;
  }
  return errors.length === 0 ? { ok: true, record: doc as unknown as CrmRecord } : { ok: false, errors };
}
