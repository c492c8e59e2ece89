import { MAX_ID_LENGTH, MAX_TIMESTAMP } from './limits';

export const MAX_VIEW_NAME_LENGTH = 100;
/** The search box's text saved with a view. */
export const MAX_VIEW_SEARCH_LENGTH = 500;
/** Column field names; the list has about a dozen. */
export const MAX_VIEW_COLUMNS = 50;
/** Members a view is shared with by name; "the whole team" covers more. */
export const MAX_VIEW_SHARED_WITH = 500;
export const MAX_VIEW_POSITION = 1_000_000;

const timestamp = { type: 'number', minimum: 0, maximum: MAX_TIMESTAMP, multipleOf: 1 } as const;

/**
 * JSON schema of the `views` collection: saved views of the influencer list (reference 000,
 * "CRM View"). A view is UI configuration — a filter (shared/filters, checked by
 * validateFilter on every edge), the search text, the sort, the hidden columns — owned by
 * the member who made it and shared with nobody, chosen members or the whole team.
 * shared/views/validateView.ts adds the rules a JSON schema cannot say; the server lets only
 * the owner change or delete a view (shared/views/viewRules.ts).
 *
 * Hidden (not visible) columns are stored, so a column the list gains later shows in old views.
 */
export const viewSchema = {
  title: 'view',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: MAX_ID_LENGTH },
    name: { type: 'string', minLength: 1, maxLength: MAX_VIEW_NAME_LENGTH },
    ownerId: { type: 'string', maxLength: MAX_ID_LENGTH },
    filter: { type: ['object', 'null'] },
    search: { type: 'string', maxLength: MAX_VIEW_SEARCH_LENGTH },
    sortField: { type: 'string', maxLength: 32 },
    sortDirection: { type: 'string', enum: ['asc', 'desc'], maxLength: 4 },
    hiddenColumns: { type: 'array', maxItems: MAX_VIEW_COLUMNS, items: { type: 'string', maxLength: 64 } },
    position: { type: 'number', minimum: 0, maximum: MAX_VIEW_POSITION, multipleOf: 1 },
    sharing: { type: 'string', enum: ['private', 'members', 'team'], maxLength: 8 },
    sharedWith: { type: 'array', maxItems: MAX_VIEW_SHARED_WITH, items: { type: 'string', maxLength: MAX_ID_LENGTH } },
    createdAt: timestamp,
    updatedAt: timestamp,
    updatedBy: { type: 'string', maxLength: MAX_ID_LENGTH },
  },
  required: ['id', 'name', 'ownerId', 'filter', 'search', 'sortField', 'sortDirection', 'hiddenColumns', 'position', 'sharing', 'sharedWith', 'createdAt', 'updatedAt', 'updatedBy'],
  additionalProperties: false,
} as const;
