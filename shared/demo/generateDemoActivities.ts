import type { Activity } from '../activity';
import type { Influencer } from '../influencer';
import { INITIAL_STATUS_ID } from '../statuses';
import { createRandom } from './createRandom';

/**
 * The activity history that matches generated influencers: a "created" entry for each (at its
 * createdAt, by its creator), and a status change from the initial status for those that have
 * moved on (at its updatedAt, by its last editor). Values are JSON-encoded like real entries.
 * Deterministic for the influencers and the seed.
 */
export function generateDemoActivities(influencers: readonly Influencer[], options: { seed: number }): Activity[] {
  // A stream of its own, so activity ids do not repeat the influencers' ids.
  const random = createRandom(options.seed ^ 0x5eed_a11c);
  const result: Activity[] = [];
  const initial = JSON.stringify(INITIAL_STATUS_ID);
  for (const inf of influencers) {
    result.push({
      id: random.uuid(),
      influencerId: inf.id,
      actorId: inf.createdBy,
      at: inf.createdAt,
      kind: 'created',
      field: null,
      from: null,
      to: null,
      batchId: null,
    });
    if (inf.status !== INITIAL_STATUS_ID) {
      result.push({
        id: random.uuid(),
        influencerId: inf.id,
        actorId: inf.updatedBy,
        at: inf.updatedAt,
        kind: 'field_changed',
        field: 'status',
        from: initial,
        to: JSON.stringify(inf.status),
        batchId: null,
      });
    }
  }
  return result;
}
