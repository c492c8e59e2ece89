import { MAX_ID_LENGTH, MAX_TIMESTAMP } from './limits';

/** A label is a short tag on a chip. */
export const MAX_LABEL_NAME_LENGTH = 60;

const timestamp = { type: 'number', minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 } as const;

/**
 * JSON schema of the `labels` collection (shared/labels/label.ts): a team's colored labels.
 * A few dozen small documents; the name and color rules beyond this schema are in
 * shared/labels/labelRules.ts (`labelProblems`), which the server also applies.
 */
export const labelSchema = {
  title: 'label',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: MAX_ID_LENGTH },
    name: { type: 'string', minLength: 1, maxLength: MAX_LABEL_NAME_LENGTH },
    color: { type: 'string', minLength: 7, maxLength: 7 },
    isDeleted: { type: 'boolean' },
    mergedInto: { type: ['string', 'null'], maxLength: MAX_ID_LENGTH },
    createdAt: timestamp,
    createdBy: { type: 'string', maxLength: MAX_ID_LENGTH },
    updatedAt: timestamp,
    updatedBy: { type: 'string', maxLength: MAX_ID_LENGTH },
  },
  required: ['id', 'name', 'color', 'isDeleted', 'mergedInto', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy'],
  additionalProperties: false,
} as const;
