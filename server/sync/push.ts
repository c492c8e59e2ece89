import { sql, type Transaction } from 'kysely';
import type { Activity } from '../../shared/activity';
import { MAX_ACTIVITY_VALUE_LENGTH } from '../../shared/schemas/activitySchema';
import type { Doc } from '../../shared/sync/mergeDocuments';
import type { Session } from '../auth/accounts';
import { queueRequestedRecordings } from '../recording/recordingJobs';
import type { Storage } from '../storage/storage';
import type { Database, DocumentsTable } from '../storage/tables';
import { ACTIVITIES, type CollectionDefinition } from './collections';
import type { FieldPermissions } from './permissions';
import { sameDocument } from './sameDocument';
import { readTeamSnapshot } from './teamSnapshot';

/** One validated push row; documents carry `_deleted` (false when the client left it out). */
export interface PushRow {
  assumedMasterState: Doc | null;
  newDocumentState: Doc;
}

export interface PushDeps {
  storage: Storage;
  now: () => number;
  newId: () => string;
  permissions: FieldPermissions;
}

const ID_CHUNK = 500;
const WRITE_CHUNK = 200; // 5 values a row: well under SQLite's parameter limit

type Write = Omit<DocumentsTable, 'seq' | 'team_id'>;

/**
 * Applies one push in ONE transaction and returns the server's current document for every
 * row in conflict (empty: all written). Per row, in order:
 * 1. `newDocumentState` equals the stored document → nothing to do (a repeated push).
 * 2. No stored document and the new one is deleted → nothing to write.
 * 3. A stored document that differs from `assumedMasterState` → conflict. (No stored
 *    document → written whatever the client assumed: there is nothing to conflict with.)
 * 4. The collection's rules: deleting an undeletable document, changing an append-only
 *    one, or a write the collection refuses this member (a view not theirs) → conflict.
 * 5. The field permission hook: forbidden fields keep the server's value and each gets a
 *    `change_rejected` activity; the document gets a new seq even when nothing else changed,
 *    so the next pull brings the corrected document back to the app.
 * Every write takes the next number of the team's counter (see storage/migrations.ts).
 */
export async function pushDocuments(deps: PushDeps, session: Session, collection: CollectionDefinition, rows: PushRow[]): Promise<Doc[]> {
  const teamId = session.team.id;
  const hook = deps.permissions[collection.name];
  const changed = new Set<string>();
  const conflicts = await deps.storage.db.transaction().execute(async (trx) => {
    // First statement: locks the team's counter row until commit, serializing the team's pushes.
    const counter = await trx
      .updateTable('sync_counters')
      .set({ seq: sql<number>`seq` })
      .where('team_id', '=', teamId)
      .returning('seq')
      .executeTakeFirstOrThrow();
    const stored = await readDocuments(trx, teamId, collection.name, rows.map((row) => row.newDocumentState.id as string));
    // The team's members, groups and settings as of this transaction, for the permission hook.
    const team = hook === undefined ? null : await readTeamSnapshot(trx, teamId, { withLabels: collection.name === 'labels' });
    const now = deps.now();
    const found: Doc[] = [];
    const writes: Write[] = [];
    const activities: Write[] = [];
    const influencerWrites: { before: Doc | null; after: Doc }[] = [];
    for (const { assumedMasterState, newDocumentState } of rows) {
      const current = stored.get(newDocumentState.id as string) ?? null;
      if (current !== null && sameDocument(newDocumentState, current, collection.serverFields)) continue;
      if (current === null && newDocumentState._deleted === true) continue;
      if (current !== null) {
        const assumedCurrent = assumedMasterState !== null && sameDocument(assumedMasterState, current, collection.serverFields);
        const breaksRules = (!collection.deletable && newDocumentState._deleted === true) || collection.appendOnly || collection.refuses?.(session.member, current, newDocumentState) === true;
        if (!assumedCurrent || breaksRules) {
          found.push(current);
          continue;
        }
      }
      const { allowedDoc, rejectedFields } = hook === undefined || team === null ? { allowedDoc: newDocumentState, rejectedFields: [] } : hook(session.member, current, newDocumentState, team);
      const unchanged = current !== null && sameDocument(allowedDoc, current, collection.serverFields);
      const body = unchanged ? current : collection.stamp(allowedDoc, session.member, now);
      if (!unchanged || rejectedFields.length > 0) writes.push({ collection: collection.name, id: body.id as string, body: JSON.stringify(body) });
      if (!unchanged && collection.name === 'influencers') influencerWrites.push({ before: current, after: body });
      for (const field of rejectedFields) {
        const activity = rejectionActivity(deps.newId(), session, body.id as string, field, newDocumentState[field], allowedDoc[field], now);
        activities.push({ collection: ACTIVITIES, id: activity.id, body: JSON.stringify(activity) });
      }
    }
    const all = [...writes, ...activities];
    if (all.length > 0) {
      const last = Number(counter.seq) + all.length;
      await upsertDocuments(trx, teamId, all, Number(counter.seq));
      await trx.updateTable('sync_counters').set({ seq: last }).where('team_id', '=', teamId).execute();
      for (const write of all) changed.add(write.collection);
      for (const name of changed) await deps.storage.changes.announce(trx, teamId, name);
    }
    // A requested recording is queued with the write that requests it (server/recording/).
    await queueRequestedRecordings(trx, teamId, influencerWrites, now);
    return found;
  });
  for (const name of changed) deps.storage.changes.committed(teamId, name); // only after commit
  return conflicts;
}

async function readDocuments(trx: Transaction<Database>, teamId: string, collection: string, ids: string[]): Promise<Map<string, Doc>> {
  const result = new Map<string, Doc>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const rows = await trx
      .selectFrom('documents')
      .select(['id', 'body'])
      .where('team_id', '=', teamId)
      .where('collection', '=', collection)
      .where('id', 'in', ids.slice(i, i + ID_CHUNK))
      .execute();
    for (const row of rows) result.set(row.id, JSON.parse(row.body) as Doc);
  }
  return result;
}

async function upsertDocuments(trx: Transaction<Database>, teamId: string, writes: Write[], lastSeq: number): Promise<void> {
  for (let i = 0; i < writes.length; i += WRITE_CHUNK) {
    const values = writes.slice(i, i + WRITE_CHUNK).map((write, j) => ({ ...write, team_id: teamId, seq: lastSeq + i + j + 1 }));
    await trx
      .insertInto('documents')
      .values(values)
      .onConflict((oc) => oc.columns(['team_id', 'collection', 'id']).doUpdateSet((eb) => ({ seq: eb.ref('excluded.seq'), body: eb.ref('excluded.body') })))
      .execute();
  }
}

/** JSON-encoded, as activities store values; a value too long for the log is recorded as null. */
function encodeValue(value: unknown): string | null {
  const encoded = JSON.stringify(value ?? null);
  return encoded.length <= MAX_ACTIVITY_VALUE_LENGTH ? encoded : null;
}

function rejectionActivity(id: string, session: Session, documentId: string, field: string, wanted: unknown, kept: unknown, now: number): Activity & { _deleted: false } {
  return {
    id,
    influencerId: documentId,
    actorId: session.member.id,
    at: now,
    kind: 'change_rejected',
    field,
    from: encodeValue(wanted),
    to: encodeValue(kept),
    batchId: null,
    _deleted: false,
  };
}
