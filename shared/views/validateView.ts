import { validateFilter } from '../filters/validateFilter';
import { validateDocument } from '../schemas/validateDocument';
import { viewSchema } from '../schemas/viewSchema';
import { VIEW_SORT_FIELDS, type SavedView } from './savedView';

export type ViewValidation = { ok: true; view: SavedView } | { ok: false; errors: string[] };

/**
 * Reads a view from a form, storage or another member's push: the JSON schema plus what it
 * cannot say — a valid filter, a known sort field, a name that is not only spaces, member ids
 * only when shared with chosen members (at least one then). Every problem names its field.
 */
export function validateView(value: unknown): ViewValidation {
  const schema = validateDocument(viewSchema, value);
  if (!schema.ok) return { ok: false, errors: schema.errors };
  const doc = value as SavedView;
  const errors: string[] = [];
  if (doc.name.trim() === '') errors.push('name: must not be empty.');
  if (!(VIEW_SORT_FIELDS as readonly string[]).includes(doc.sortField)) errors.push(`sortField: "${doc.sortField}" is not a column the list sorts by.`);
  let filter = doc.filter;
  if (filter !== null) {
    const checked = validateFilter(filter);
    if (checked.ok) filter = checked.filter;
    else errors.push(...checked.errors.map((e) => `filter.${e}`));
  }
  if (doc.sharing === 'members' && doc.sharedWith.length === 0) errors.push('sharedWith: choose at least one member to share with.');
  if (doc.sharing !== 'members' && doc.sharedWith.length > 0) errors.push(`sharedWith: must be empty when the view is shared with ${doc.sharing === 'team' ? 'the whole team' : 'nobody'}.`);
  if (new Set(doc.sharedWith).size !== doc.sharedWith.length) errors.push('sharedWith: a member is listed twice.');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, view: { ...doc, filter, hiddenColumns: [...doc.hiddenColumns], sharedWith: [...doc.sharedWith] } };
}
