import { activitySchema } from '../../shared/schemas/activitySchema';
import { influencerSchema } from '../../shared/schemas/influencerSchema';
import type { SchemaNode } from '../../shared/schemas/validateDocument';
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
}

export const ACTIVITIES = 'activities';

/**
 * The replicated collections. members, groups, labels, views and settings join here with
 * their schema and rules; storage needs no change (one documents table, see migrations.ts).
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
]);
