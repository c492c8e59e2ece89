import type { CrmDatabase } from '../../../db/database';
import type { ChangeContext } from '../../influencers/commands/changeInfluencerField';

/** A label command's context: an influencer command's, plus the labels collection. */
export interface LabelContext extends ChangeContext {
  db: Pick<CrmDatabase, 'labels' | 'influencers' | 'activities'>;
}

export function hasLabels(db: ChangeContext['db']): db is LabelContext['db'] {
  return 'labels' in db && (db as Partial<LabelContext['db']>).labels !== undefined;
}
