import type { SavedView } from './savedView';

type Owned = Pick<SavedView, 'ownerId'>;
type Shared = Pick<SavedView, 'ownerId' | 'sharing' | 'sharedWith'>;

/** Whether `memberId` sees the view at all: their own, or shared with them or with the whole team. */
export function canSeeView(view: Shared, memberId: string): boolean {
  if (view.ownerId === memberId) return true;
  if (view.sharing === 'team') return true;
  return view.sharing === 'members' && view.sharedWith.includes(memberId);
}

/** Whether `memberId` may save, rename, reorder, share or delete the view: only its owner. */
export function canEditView(view: Owned, memberId: string): boolean {
  return view.ownerId === memberId;
}

/**
 * Why a write to a view is refused (null: allowed), for the server's push check and the
 * app's commands alike. `current` null: a new view, which the writer always owns (the server
 * sets `ownerId` to the pusher). A stored view changes or goes only by its owner's hand, and
 * never changes hands.
 */
export function refusedViewWrite(memberId: string, current: Owned | null, next: Owned & { _deleted?: boolean }): string | null {
  if (current === null) return null;
  if (current.ownerId !== memberId) return next._deleted === true ? 'Only its owner may delete this view.' : 'Only its owner may change this view.';
  if (next.ownerId !== current.ownerId) return 'A view keeps its owner.';
  return null;
}
