import { MAX_ID_LENGTH, MAX_TIMESTAMP } from './limits';

/**
 * JSON schema of the `settings` collection: one document per team setting, its id the
 * setting's key (`data_management`, `status_catalog`, …), its `value` an object whose shape
 * the key decides (shared/settings/settingKeys.ts checks it). One collection for every
 * setting keeps RxDB's collection count low; a new setting is a new key, not a new schema.
 * Administrators write settings; the server stamps `updatedAt`/`updatedBy`.
 */
export const settingSchema = {
  title: 'setting',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: MAX_ID_LENGTH },
    value: { type: 'object' },
    updatedAt: { type: 'number', minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 },
    updatedBy: { type: 'string', maxLength: MAX_ID_LENGTH },
  },
  required: ['id', 'value', 'updatedAt', 'updatedBy'],
  additionalProperties: false,
} as const;
