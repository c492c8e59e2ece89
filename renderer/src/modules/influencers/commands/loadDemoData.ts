import { generateDemoActivities } from '../../../../../shared/demo/generateDemoActivities';
import { generateDemoInfluencers } from '../../../../../shared/demo/generateDemoInfluencers';
import type { Activity } from '../../../../../shared/activity';
import type { CrmRuntime } from '../../../app/crmRuntime';

/** 2,000 per write was RxDB's fastest chunk size here (../shared/design/measurements.md). */
const CHUNK = 2_000;

export interface DemoLoadProgress {
  done: number;
  total: number;
}

/**
 * Fills an empty CRM with seeded demo influencers and their activity entries, chunk by
 * chunk so the app stays responsive and shows progress. Each influencer and its entries are
 * written in the same chunk.
 */
export async function loadDemoData(
  runtime: CrmRuntime,
  count: number,
  actorId: string,
  onProgress: (progress: DemoLoadProgress) => void,
): Promise<void> {
  const influencers = generateDemoInfluencers({ count, seed: 42, now: Date.now(), actorId });
  const activities = generateDemoActivities(influencers, { seed: 42 });
  const activitiesByInfluencer = new Map<string, Activity[]>();
  for (const activity of activities) {
    const list = activitiesByInfluencer.get(activity.influencerId);
    if (list === undefined) activitiesByInfluencer.set(activity.influencerId, [activity]);
    else list.push(activity);
  }
  for (let start = 0; start < influencers.length; start += CHUNK) {
    const chunk = influencers.slice(start, start + CHUNK);
    const inserted = await runtime.db.influencers.bulkInsert(chunk);
    if (inserted.error.length > 0) throw new Error(`Demo data: ${inserted.error.length} influencers could not be written.`);
    const chunkActivities = chunk.flatMap((inf) => activitiesByInfluencer.get(inf.id) ?? []);
    const written = await runtime.db.activities.bulkInsert(chunkActivities);
    if (written.error.length > 0) throw new Error(`Demo data: ${written.error.length} activity entries could not be written.`);
    onProgress({ done: Math.min(start + CHUNK, influencers.length), total: influencers.length });
  }
}
