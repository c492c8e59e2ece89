import type { SavedView, ViewContent, ViewSharing } from '../../../../../shared/views/savedView';
import { validateView } from '../../../../../shared/views/validateView';
import { canEditView } from '../../../../../shared/views/viewRules';
import type { CrmDatabase } from '../../../db/database';

export interface ViewContext {
  db: Pick<CrmDatabase, 'views'>;
  memberId: string;
  now?: () => number;
  newId?: () => string;
}

export type ViewResult = { status: 'saved'; id: string } | { status: 'invalid'; reason: string } | { status: 'refused'; reason: string } | { status: 'not_found' };

/**
 * Saved views are UI configuration: their writes sync like everything else but log no
 * activity entries (they change no influencer). Each command checks what the server checks
 * again on push (shared/views): a valid view, and only the owner changes or deletes one.
 */
export async function createView(ctx: ViewContext, name: string, content: ViewContent, sharing: Pick<SavedView, 'sharing' | 'sharedWith'> = { sharing: 'private', sharedWith: [] }): Promise<ViewResult> {
  const at = (ctx.now ?? Date.now)();
  const own = (await ctx.db.views.find({ selector: { ownerId: ctx.memberId } }).exec()).map((d) => d.position);
  const view = {
    id: (ctx.newId ?? (() => crypto.randomUUID()))(),
    name: name.trim(),
    ownerId: ctx.memberId,
    ...content,
    position: own.length === 0 ? 0 : Math.max(...own) + 1,
    ...sharing,
    createdAt: at,
    updatedAt: at,
    updatedBy: ctx.memberId,
  };
  const checked = validateView(view);
  if (!checked.ok) return { status: 'invalid', reason: describe(checked.errors) };
  await ctx.db.views.insert(checked.view);
  return { status: 'saved', id: view.id };
}

/** Changes the member's own view: its content ("Save"), name, sharing or position. */
export async function changeView(ctx: ViewContext, id: string, change: Partial<ViewContent & Pick<SavedView, 'name' | 'position' | 'sharing' | 'sharedWith'>>): Promise<ViewResult> {
  const doc = await ctx.db.views.findOne(id).exec();
  if (doc === null) return { status: 'not_found' };
  const before = doc.toJSON() as SavedView;
  if (!canEditView(before, ctx.memberId)) return { status: 'refused', reason: 'Only its owner may change this view; use "Save as new view" to keep your own copy.' };
  const next = { ...before, ...change, ...(change.name === undefined ? {} : { name: change.name.trim() }), updatedAt: (ctx.now ?? Date.now)(), updatedBy: ctx.memberId };
  const checked = validateView(next);
  if (!checked.ok) return { status: 'invalid', reason: describe(checked.errors) };
  const { id: _id, ...fields } = checked.view;
  await doc.incrementalPatch(fields);
  return { status: 'saved', id };
}

export function shareView(ctx: ViewContext, id: string, sharing: ViewSharing, memberIds: readonly string[]): Promise<ViewResult> {
  return changeView(ctx, id, { sharing, sharedWith: sharing === 'members' ? [...new Set(memberIds)] : [] });
}

/** Moves one of the member's views one place earlier (-1) or later (+1) among their own, renumbering them. */
export async function moveView(ctx: ViewContext, id: string, by: -1 | 1): Promise<ViewResult> {
  const own = (await ctx.db.views.find({ selector: { ownerId: ctx.memberId } }).exec()).map((d) => d.toJSON() as SavedView).sort((a, b) => a.position - b.position || a.createdAt - b.createdAt);
  const from = own.findIndex((v) => v.id === id);
  if (from < 0) return { status: 'refused', reason: 'Only its owner may reorder this view.' };
  const to = from + by;
  if (to < 0 || to >= own.length) return { status: 'saved', id };
  const [moved] = own.splice(from, 1);
  if (moved === undefined) return { status: 'not_found' };
  own.splice(to, 0, moved);
  for (const [position, view] of own.entries()) {
    if (view.position === position) continue;
    const result = await changeView(ctx, view.id, { position });
    if (result.status !== 'saved') return result;
  }
  return { status: 'saved', id };
}

export async function deleteView(ctx: ViewContext, id: string): Promise<ViewResult> {
  const doc = await ctx.db.views.findOne(id).exec();
  if (doc === null) return { status: 'not_found' };
  if (!canEditView(doc.toJSON() as SavedView, ctx.memberId)) return { status: 'refused', reason: 'Only its owner may delete this view.' };
  await doc.remove();
  return { status: 'saved', id };
}

function describe(errors: readonly string[]): string {
  return errors.map((e) => e.replace(/^name: /, 'Name: ')).join(' ');
}
