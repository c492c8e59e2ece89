import type { Label } from '../../../../shared/labels/label';
import type { CrmDatabase } from '../../db/database';
import { useLabelStore } from './labelStore';

/** Keeps the label store current from the local database (a few dozen documents). Returns the stop function. */
export function watchLabels(db: Pick<CrmDatabase, 'labels'>): () => void {
  const subscription = db.labels.find().$.subscribe((docs) => useLabelStore.getState().setLabels(docs.map((d) => d.toJSON() as Label)));
  return () => {
    subscription.unsubscribe();
    useLabelStore.getState().reset();
  };
}
