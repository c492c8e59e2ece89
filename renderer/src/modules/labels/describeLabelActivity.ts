import type { Activity } from '../../../../shared/activity';
import { labelInfo, labelName } from './labelLookup';
import { useLabelStore } from './labelStore';

function parse(encoded: string | null): unknown {
  if (encoded === null) return null;
  try {
    return JSON.parse(encoded) as unknown;
  } catch {
    return encoded;
  }
}

/** A label management entry in words, e.g. "renamed the label Gaming to Games". */
export function describeLabelActivity(activity: Activity): string {
  const from = parse(activity.from);
  const to = parse(activity.to);
  if (activity.kind === 'label_created') {
    const name = typeof to === 'object' && to !== null && 'name' in to ? String(to.name) : labelInfo(activity.influencerId).name;
    return `created the label ${name}`;
  }
  const current = labelInfo(activity.influencerId).name;
  switch (activity.field) {
    case 'name':
      return `renamed the label ${String(from)} to ${String(to)}`;
    case 'color':
      return `changed the color of the label ${current} from ${String(from)} to ${String(to)}`;
    case 'mergedInto':
      return to === null ? `took back the merge of the label ${current}` : `merged the label ${current} into ${labelInfo(String(to)).name}`;
    case 'isDeleted':
      return to === true ? `deleted the label ${current}` : `brought back the label ${current}`;
    default:
      return `changed the label ${current}`;
  }
}

/** Is this entry about a label rather than an influencer (label entries carry the label's id)? */
export function isLabelEntry(activity: Pick<Activity, 'influencerId'>): boolean {
  return useLabelStore.getState().byId.has(activity.influencerId);
}

/** The server's refusal of a label change (shared/labels/checkLabelChange.ts) in words. */
export function describeLabelRejection(activity: Activity): string {
  const wanted = parse(activity.from);
  const kept = parse(activity.to);
  const current = labelName(activity.influencerId);
  if (activity.field === 'name') return `named a label ${String(wanted)}, which another label of the team already had; it is called ${String(kept)}`;
  return `tried to delete or merge the label ${current}; not accepted: only Administrators can merge or delete labels`;
}
