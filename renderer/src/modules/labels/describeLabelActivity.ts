import type { Activity } from '../../../../shared/activity';
import { labelInfo } from './labelLookup';

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
    case 'deleted':
      return to === true ? `deleted the label ${current}` : `brought back the label ${current}`;
    default:
      return `changed the label ${current}`;
  }
}
