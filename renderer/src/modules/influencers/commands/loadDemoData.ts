import type { Activity } from '../../../../../shared/activity';
import { generateDemoActivities } from '../../../../../shared/demo/generateDemoActivities';
import { generateDemoInfluencers } from '../../../../../shared/demo/generateDemoInfluencers';
import type { CrmRuntime } from '../../../app/crmRuntime';
import { ensureDemoLabels } from '../../labels/commands/ensureDemoLabels';
import { bulkInsertInChunks, INSERT_CHUNK } from '../../../db/bulkInsertInChunks';

export interface DemoLoadProgress {
  done: number;
  total: number;
}

/**
 * Fills the CRM with seeded demo influencers and their activity entries, chunk by chunk so
 * the app stays responsive and shows progress. Each chunk's activity entries are written
 * right after its influencers, so an interrupted load leaves no entry without its influencer.
 */
export async function loadDemoData(
  runtime: CrmRuntime,
  count: number,
  actorId: string,
  onProgress: (progress: DemoLoadProgress) => void,
): Promise<void> {
  await ensureDemoLabels(runtime.db, actorId, Date.now());
  const influencers = generateDemoInfluencers({ count, seed: 42, now: Date.now(), actorId });
  const activities = generateDemoActivities(influencers, { seed: 42 });
  const activitiesByInfluencer = new Map<string, Activity[]>();
  for (const activity of activities) {
    const list = activitiesByInfluencer.get(activity.influencerId);
    if (list === undefined) activitiesByInfluencer.set(activity.influencerId, [activity]);
    else list.push(activity);
  }
  for (let start = 0; start < influencers.length; start += INSERT_CHUNK) {
    const chunk = influencers.slice(start, start + INSERT_CHUNK);
    await bulkInsertInChunks(runtime.db.influencers, chunk);
    await bulkInsertInChunks(runtime.db.activities, chunk.flatMap((inf) => activitiesByInfluencer.get(inf.id) ?? []));
    onProgress({ done: start + chunk.length, total: influencers.length });
  }
}
