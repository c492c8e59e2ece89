import { from, switchMap, type Observable } from 'rxjs';
import type { Influencer } from '../../../../shared/influencer';
import type { CrmDatabase } from '../../db/database';

/** Merges nest at most this deep (A into B, B into C…): a guard against a pointer cycle. */
const MAX_DEPTH = 10;

/**
 * The influencers merged into `id`, directly or through another merge: candidates come from
 * the `merged` entries of each survivor's own log, and count while their `mergedInto` still
 * points at it (an undone merge clears the pointer).
 */
export async function mergedInfluencerIds(db: Pick<CrmDatabase, 'influencers' | 'activities'>, id: string): Promise<string[]> {
  const result: string[] = [];
  const seen = new Set([id]);
  let level = [id];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const entries = await db.activities.find({ selector: { influencerId: { $in: level }, kind: 'merged' } }).exec();
    const candidates = new Set<string>();
    for (const entry of entries) {
      try {
        const ids: unknown = JSON.parse(entry.to ?? '[]');
        if (Array.isArray(ids)) for (const c of ids) if (typeof c === 'string' && !seen.has(c)) candidates.add(c);
      } catch {
        // A malformed entry names nobody.
      }
    }
    const docs = await db.influencers.findByIds([...candidates]).exec();
    const next: string[] = [];
    for (const [candidate, doc] of docs) {
      const mergedInto = (doc.toJSON() as Influencer).mergedInto ?? null;
      if (mergedInto !== null && level.includes(mergedInto)) {
        seen.add(candidate);
        next.push(candidate);
      }
    }
    result.push(...next);
    level = next;
  }
  return result;
}

/**
 * The influencers merged into `id`, live: read again whenever a merge into it is done or
 * undone (both write an entry on its own log), here or on another member's machine.
 */
export function observeMergedIds(db: Pick<CrmDatabase, 'influencers' | 'activities'>, id: string): Observable<string[]> {
  return db.activities.find({ selector: { influencerId: id, kind: { $in: ['merged', 'merge_undone'] } } }).$.pipe(switchMap(() => from(mergedInfluencerIds(db, id))));
}
