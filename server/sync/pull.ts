import type { Kysely } from 'kysely';
import type { Database } from '../storage/tables';

export const DEFAULT_PULL_LIMIT = 200;
export const MAX_PULL_LIMIT = 1000;

/** One pull page, already serialised: `{"documents": [...], "checkpoint": {"seq": n}}`. */
export interface PullPage {
  json: string;
  count: number;
  checkpoint: { seq: number };
}

/**
 * Documents of one team's collection changed after `since`, oldest change first. A document
 * appears once, at its latest seq. The checkpoint is the last document's seq (or `since`
 * when nothing is left), so pulling from it continues where this page ended.
 *
 * Bodies are stored as the JSON the server wrote, so the page is assembled from them as text:
 * parsing 1,000 documents only to serialise them again was most of a pull's CPU time.
 */
export async function pullPage(db: Kysely<Database>, teamId: string, collection: string, since: number, limit: number): Promise<PullPage> {
  const rows = await db
    .selectFrom('documents')
    .select(['seq', 'body'])
    .where('team_id', '=', teamId)
    .where('collection', '=', collection)
    .where('seq', '>', since)
    .orderBy('seq')
    .limit(limit)
    .execute();
  const last = rows.at(-1);
  const checkpoint = { seq: last === undefined ? since : Number(last.seq) };
  const json = `{"documents":[${rows.map((row) => row.body).join(',')}],"checkpoint":${JSON.stringify(checkpoint)}}`;
  return { json, count: rows.length, checkpoint };
}

/** The team's latest committed seq: a new live stream sends what changes after it. */
export async function latestSeq(db: Kysely<Database>, teamId: string): Promise<number> {
  const row = await db.selectFrom('sync_counters').select('seq').where('team_id', '=', teamId).executeTakeFirst();
  return row === undefined ? 0 : Number(row.seq);
}
