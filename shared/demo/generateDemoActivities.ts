import type { Activity } from '../activity';
import type { Influencer } from '../influencer';
import { INITIAL_STATUS_ID } from '../statuses';
import { createRandom } from './createRandom';

/**
 * The activity history that matches generated influencers: a "created" entry for each, and a
 * status change for those no longer at the initial status.
 */
export function generateDemoActivities(influencers: readonly Influencer[], options: { seed: number }): Activity[] {
  const random = createRandom(options.seed ^ 0x5eed);
  const result: Activity[] = [];
  for (const inf of influencers) {
    result.push({
      id: random.uuid(),
      influencerId: inf.id,
      actorId: inf.createdBy,
      at: inf.createdAt,
      kind: inf.source === 'import' ? 'imported' : 'created',
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
        from: JSON.stringify(INITIAL_STATUS_ID),
        to: JSON.stringify(inf.status),
        batchId: null,
      });
    }
  }
  return result;
}
