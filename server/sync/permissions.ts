import type { Doc } from '../../shared/sync/mergeDocuments';
import type { PublicMember } from '../auth/accounts';

export interface PermissionVerdict {
  /** The document to write: forbidden fields carry the server's value again. */
  allowedDoc: Doc;
  /** Fields the member tried to change but may not; each gets a `change_rejected` activity. */
  rejectedFields: string[];
}

/**
 * The server-side field permission check for one pushed document (`currentDoc` null: it is
 * new). The real rules live in shared/ (written once for app and server) and plug in here.
 */
export type FieldPermissionHook = (member: PublicMember, currentDoc: Doc | null, newDoc: Doc) => PermissionVerdict;

/** Hooks by collection name; a collection without one allows every change. */
export type FieldPermissions = Readonly<Partial<Record<string, FieldPermissionHook>>>;

export const allowAllFields: FieldPermissionHook = (_member, _currentDoc, newDoc) => ({ allowedDoc: newDoc, rejectedFields: [] });
