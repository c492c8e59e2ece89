import { valuesEqual } from '../sync/mergeDocuments';
import { canChangeInfluencerField, type InfluencerPermissionFields } from './canChangeInfluencerField';
import { guardedFieldOf } from './guardedFields';
import type { PermissionContext } from './permissionContext';

export interface FieldRejection {
  field: string;
  reason: string;
}

export interface InfluencerChangeCheck<T> {
  /** The document to write: refused fields carry the current value again. */
  allowedDoc: T;
  rejectedFields: string[];
  /** The same fields, each with the reason in words. */
  rejections: FieldRejection[];
}

/** Stamped by the server on every write; never a permission question. */
const STAMPED = new Set(['updatedAt', 'updatedBy']);

export const CREATION_FIELDS_REASON = 'When and by whom an influencer was added never changes.';
export const CREATED_BY_REASON = 'An influencer is recorded as added by the member who adds it.';
export const PLATFORM_NAME_REASON = "A platform influencer's official name comes from the platform.";
export const INACTIVE_LIAISON_REASON = 'The liaison must be an active member of the team.';

/**
 * Which fields of a pushed influencer the actor may change (`current` null: the push adds
 * it). Used by the server on every push and by the app before writing; refused fields keep
 * the current value and the rest goes through.
 *
 * Changing an influencer: each changed guarded field must pass canChangeInfluencerField,
 * judged on the current document (a push that hands the liaison on and changes the status
 * is judged by who is liaison now); a new liaison must be an active member (or none); a
 * platform influencer's official name comes from the platform; createdAt and createdBy never
 * change. Other fields (contact email, labels, …) are everyone's.
 *
 * Adding an influencer: allowed, with any liaison. The initial liaison is not always the
 * adder (an influencer from an email conversation goes to the email project's creator), and
 * an adder who is the liaison could hand it on the next moment anyway. Only `createdBy` is
 * checked: it may not name another member of the team (it becomes the actor); ids that are
 * no member of the team (the demo data's made-up colleagues) are left as they are.
 */
export function checkInfluencerChange<T extends object>(ctx: PermissionContext, current: T | null, next: T): InfluencerChangeCheck<T> {
  const after = fieldsOf(next);
  const allowed: Record<string, unknown> = { ...after };
  const rejections: FieldRejection[] = [];
  const refuse = (field: string, reason: string, kept: unknown): void => {
    if (kept === undefined) delete allowed[field];
    else allowed[field] = kept;
    rejections.push({ field, reason });
  };

  if (current === null) {
    const createdBy = after.createdBy;
    if (typeof createdBy === 'string' && createdBy !== ctx.actor.id && ctx.membersById.has(createdBy)) refuse('createdBy', CREATED_BY_REASON, ctx.actor.id);
    return result(allowed, rejections);
  }

  const before = fieldsOf(current);
  const influencer = permissionFieldsOf(before);
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (field.startsWith('_') || STAMPED.has(field)) continue;
    if (valuesEqual(before[field] ?? null, after[field] ?? null)) continue;
    if (field === 'createdAt' || field === 'createdBy') {
      refuse(field, CREATION_FIELDS_REASON, before[field]);
      continue;
    }
    if (field === 'officialName' && influencer.kind === 'platform') {
      refuse(field, PLATFORM_NAME_REASON, before[field]);
      continue;
    }
    const guarded = guardedFieldOf(field);
    if (guarded === null) continue;
    const permission = canChangeInfluencerField(ctx, influencer, guarded);
    if (!permission.allowed) refuse(field, permission.reason, before[field]);
    else if (guarded === 'liaison' && !isActiveMemberOrNone(ctx, after[field])) refuse(field, INACTIVE_LIAISON_REASON, before[field]);
  }
  return result(allowed, rejections);

  function result(doc: Record<string, unknown>, list: FieldRejection[]): InfluencerChangeCheck<T> {
    // The document keeps the caller's type: only values of its own fields were swapped back.
    return { allowedDoc: doc as T, rejectedFields: list.map((r) => r.field), rejections: list };
  }
}

function fieldsOf(doc: object): Readonly<Record<string, unknown>> {
  return doc as Readonly<Record<string, unknown>>;
}

function permissionFieldsOf(doc: Readonly<Record<string, unknown>>): InfluencerPermissionFields {
  return {
    kind: doc.kind === 'platform' ? 'platform' : 'custom',
    liaisonId: typeof doc.liaisonId === 'string' ? doc.liaisonId : null,
    archived: doc.archived === true,
  };
}

function isActiveMemberOrNone(ctx: PermissionContext, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && ctx.membersById.get(value)?.active === true;
}
