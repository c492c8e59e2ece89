import { DEMO_LABELS } from '../../../../../shared/demo/demoLabels';
import type { Label } from '../../../../../shared/labels/label';
import { labelNameKey } from '../../../../../shared/labels/labelRules';
import type { CrmDatabase } from '../../../db/database';

/**
 * The demo data's labels as team documents (demo influencers carry their ids). A demo label
 * that exists already — by id, or a live label by name — is left alone, so loading the demo
 * twice, or in two windows, adds nothing twice.
 */
export async function ensureDemoLabels(db: Pick<CrmDatabase, 'labels' | 'activities'>, actorId: string, now: number): Promise<void> {
  const existing = (await db.labels.find().exec()).map((d) => d.toJSON() as Label);
  const ids = new Set(existing.map((l) => l.id));
  const names = new Set(existing.filter((l) => !l.isDeleted).map((l) => labelNameKey(l.name)));
  const missing: Label[] = DEMO_LABELS.filter((l) => !ids.has(l.id) && !names.has(labelNameKey(l.name))).map((l) => ({
    ...l, isDeleted: false, mergedInto: null, createdAt: now, createdBy: actorId, updatedAt: now, updatedBy: actorId,
  }));
  if (missing.length === 0) return;
  await db.labels.bulkInsert(missing);
  await db.activities.bulkInsert(missing.map((l) => ({
    id: `created:${l.id}`, influencerId: l.id, actorId, at: now, kind: 'label_created' as const, field: null, from: null, to: JSON.stringify({ name: l.name, color: l.color }), batchId: null,
  })));
}
