import type { Influencer } from '../../shared/influencer';
import { checkLabelChange } from '../../shared/labels/checkLabelChange';
import type { Label } from '../../shared/labels/label';
import { checkInfluencerChange } from '../../shared/permissions/checkInfluencerChange';
import { refusedClientChanges } from '../../shared/recording/refusedClientChanges';
import type { Doc } from '../../shared/sync/mergeDocuments';
import type { PublicMember } from '../auth/accounts';
import type { TeamSnapshot } from './teamSnapshot';

export interface PermissionVerdict {
  /** The document to write: forbidden fields carry the server's value again. */
  allowedDoc: Doc;
  /** Fields the member tried to change but may not; each gets a `change_rejected` activity. */
  rejectedFields: string[];
}

/**
 * The server-side field permission check for one pushed document (`currentDoc` null: it is
 * new), given the team as it is inside the push transaction. The rules themselves live in
 * shared/ (written once for app and server) and plug in here.
 */
export type FieldPermissionHook = (member: PublicMember, currentDoc: Doc | null, newDoc: Doc, team: TeamSnapshot) => PermissionVerdict;

/** Hooks by collection name; a collection without one allows every change. */
export type FieldPermissions = Readonly<Partial<Record<string, FieldPermissionHook>>>;

/**
 * Influencers: the team's data-management rules (shared/permissions/checkInfluencerChange.ts)
 * and the recording rules (shared/recording/refusedClientChanges.ts: fields only a recording
 * writes, a platform influencer's fixed fields, no edits while a recording runs). A field
 * either refuses keeps the server's value (none, for a new document) and is logged once.
 */
export const influencerPermissions: FieldPermissionHook = (member, currentDoc, newDoc, team) => {
  const { allowedDoc, rejectedFields } = checkInfluencerChange(team.contextFor(member), currentDoc, newDoc);
  // Both documents matched the influencer schema (parsePush) before any hook runs.
  const recordingRefusals = refusedClientChanges(currentDoc as Influencer | null, newDoc as unknown as Influencer);
  const doc: Doc = { ...allowedDoc };
  const rejected = [...rejectedFields];
  for (const { field } of recordingRefusals) {
    if (rejected.includes(field)) continue;
    rejected.push(field);
    const kept = currentDoc?.[field];
    if (kept === undefined) delete doc[field];
    else doc[field] = kept;
  }
  return { allowedDoc: doc, rejectedFields: rejected };
};

/**
 * Activities: a new entry may not speak for another member of the team — its `actorId`
 * becomes the pusher's. Ids that are no member of the team are left alone: the demo data's
 * history is attributed to made-up colleagues. Changing an existing entry is refused before
 * this (append-only); it is a silent correction, not a `change_rejected`, because a refused
 * field of an activity has no influencer to log it on.
 */
export const activityPermissions: FieldPermissionHook = (member, currentDoc, newDoc, team) => {
  const actorId = newDoc.actorId;
  if (currentDoc !== null || typeof actorId !== 'string' || actorId === member.id || !team.membersById.has(actorId)) return { allowedDoc: newDoc, rejectedFields: [] };
  return { allowedDoc: { ...newDoc, actorId: member.id }, rejectedFields: [] };
};

/**
 * Labels: shared/labels/checkLabelChange.ts (only Administrators delete or merge; a name
 * another live label has becomes "Name (2)"). Accepted labels join the snapshot so two rows
 * of one push cannot both take a name.
 */
export const labelPermissions: FieldPermissionHook = (member, currentDoc, newDoc, team) => {
  const actor = team.membersById.get(member.id) ?? member;
  const { label, rejectedFields } = checkLabelChange(actor, currentDoc as Label | null, newDoc as unknown as Label, [...team.labelsById.values()]);
  team.labelsById.set(label.id, label);
  return { allowedDoc: { ...newDoc, ...label }, rejectedFields };
};

/** What the server enforces unless a test passes its own hooks. */
export const defaultFieldPermissions: FieldPermissions = {
  influencers: influencerPermissions,
  activities: activityPermissions,
  labels: labelPermissions,
};
