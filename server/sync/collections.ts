import { activitySchema } from '../../shared/schemas/activitySchema';
import { groupSchema } from '../../shared/schemas/groupSchema';
import { influencerSchema } from '../../shared/schemas/influencerSchema';
import { labelProblems } from '../../shared/labels/labelRules';
import { labelSchema } from '../../shared/schemas/labelSchema';
import { memberSchema } from '../../shared/schemas/memberSchema';
import { emailProjectSchema } from '../../shared/schemas/emailProjectSchema';
import { recordSchema } from '../../shared/schemas/recordSchema';
import { validateRecord } from '../../shared/records/validateRecord';
import { settingSchema } from '../../shared/schemas/settingSchema';
import { settingProblems } from '../../shared/settings/settingKeys';
import type { SchemaNode } from '../../shared/schemas/validateDocument';
import { viewSchema } from '../../shared/schemas/viewSchema';
import { validateView } from '../../shared/views/validateView';
import { refusedViewWrite } from '../../shared/views/viewRules';
import type { Doc } from '../../shared/sync/mergeDocuments';
import type { PublicMember } from '../auth/accounts';

/** How the server treats one replicated collection. */
export interface CollectionDefinition {
  name: string;
  /** The RxDB collection's JSON schema: every pushed document must match it (plus `_deleted`). */
  schema: SchemaNode;
  /** Fields the server stamps on every write; never taken from the client, ignored when comparing. */
  serverFields: readonly string[];
  /** false: a push with `_deleted: true` is a conflict (the document stays). */
  deletable: boolean;
  /** true: a stored document never changes; a push that would change one is a conflict. */
  appendOnly: boolean;
  stamp(doc: Doc, member: PublicMember, now: number): Doc;
  /**
   * Who may push: everyone; Administrators only (anyone else's push is refused with 403);
   * nobody (the server writes the collection itself; every push is refused with 403).
   * Absent: everyone.
   */
  pushableBy?: 'everyone' | 'admins' | 'nobody';
  /** Checks beyond the JSON schema, each problem naming its field ([]: none). */
  check?(doc: Doc): string[];
  /**
   * A write this member may not make to this document (`current` null: a new one): answered
   * as a conflict with the stored document, which stays, so the app's copy returns to it.
   */
  refuses?(member: PublicMember, current: Doc | null, next: Doc): boolean;
}

export const ACTIVITIES = 'activities';

/**
 * The replicated collections. A new one joins here with its schema and rules;
 * storage needs no change (one documents table, see migrations.ts).
 */
export const collections: ReadonlyMap<string, CollectionDefinition> = new Map<string, CollectionDefinition>([
  [
    'influencers',
    {
      name: 'influencers',
      schema: influencerSchema,
      serverFields: ['updatedAt', 'updatedBy'],
      deletable: false, // archived, never deleted
      appendOnly: false,
      stamp: (doc, member, now) => ({ ...doc, updatedAt: now, updatedBy: member.id }),
    },
  ],
  [
    ACTIVITIES,
    {
      name: ACTIVITIES,
      schema: activitySchema,
      serverFields: [],
      deletable: false,
      appendOnly: true, // the log is immutable
      stamp: (doc) => doc,
    },
  ],
  // Team settings write members and groups (routes/team.ts), keeping each member document
  // in line with its account row; apps read them to show names and check permissions offline.
  [
    'members',
    { name: 'members', schema: memberSchema, serverFields: [], deletable: false, appendOnly: false, stamp: (doc) => doc, pushableBy: 'nobody' },
  ],
  [
    'groups',
    { name: 'groups', schema: groupSchema, serverFields: [], deletable: true, appendOnly: false, stamp: (doc) => doc, pushableBy: 'nobody' },
  ],
  [
    'settings',
    {
      name: 'settings',
      schema: settingSchema,
      serverFields: ['updatedAt', 'updatedBy'],
      deletable: false, // a setting is changed, never removed (readers treat "absent" as the default)
      appendOnly: false,
      stamp: (doc, member, now) => ({ ...doc, updatedAt: now, updatedBy: member.id }),
      pushableBy: 'admins',
      check: settingProblems,
    },
  ],
  // The Overview's records (shipments, expenses, content, notes, project memberships): every
  // member writes them; validateRecord adds the per-type rules the JSON schema cannot say.
  [
    'records',
    {
      name: 'records',
      schema: recordSchema,
      serverFields: ['updatedAt', 'updatedBy'],
      deletable: false, // corrected, never deleted: the activity log points at them
      appendOnly: false,
      stamp: (doc, member, now) => ({ ...doc, updatedAt: now, updatedBy: member.id }),
      check: (doc) => {
        const checked = validateRecord(doc);
        return checked.ok ? [] : checked.errors;
      },
    },
  ],
  // The team's colored labels: every member creates, renames and recolors; the push hook
  // (permissions.ts) keeps deleting and merging to Administrators and names unique.
  [
    'labels',
    {
      name: 'labels',
      schema: labelSchema,
      serverFields: ['updatedAt', 'updatedBy'],
      deletable: false, // marked deleted, never removed: influencers may still carry the id
      appendOnly: false,
      stamp: (doc, member, now) => ({ ...doc, updatedAt: now, updatedBy: member.id }),
      check: labelProblems,
    },
  ],
  // Email projects: a named list every member creates, renames and archives; their members are
  // project_member records.
  [
    'emailProjects',
    {
      name: 'emailProjects',
      schema: emailProjectSchema,
      serverFields: ['updatedAt', 'updatedBy'],
      deletable: false, // archived, never deleted: memberships keep their project's name
      appendOnly: false,
      stamp: (doc, member, now) => ({ ...doc, updatedAt: now, updatedBy: member.id }),
    },
  ],
  // Saved views of the list: every member makes their own; only the owner changes, shares or
  // deletes one (a new view is always the pusher's: the stamp sets its owner).
  [
    'views',
    {
      name: 'views',
      schema: viewSchema,
      serverFields: ['updatedAt', 'updatedBy'],
      deletable: true,
      appendOnly: false,
      stamp: (doc, member, now) => ({ ...doc, ownerId: member.id, updatedAt: now, updatedBy: member.id }),
      check: (doc) => {
        const checked = validateView(doc);
        return checked.ok ? [] : checked.errors;
      },
      refuses: (member, current, next) => refusedViewWrite(member.id, current as { ownerId: string } | null, next as { ownerId: string; _deleted?: boolean }) !== null,
    },
  ],
]);
