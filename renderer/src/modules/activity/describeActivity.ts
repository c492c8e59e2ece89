import type { Activity } from '../../../../shared/activity';
import { collaborationStatus } from '../../../../shared/statuses';
import { memberName } from '../members/memberName';

const FIELD_LABELS: Record<string, string> = {
  status: 'collaboration status',
  liaisonId: 'liaison',
  customName: 'custom name',
  officialName: 'name',
  email: 'email',
  link: 'link',
  labelIds: 'labels',
};

function readValue(field: string | null, encoded: string | null): string {
  if (encoded === null) return 'nothing';
  let value: unknown;
  try {
    value = JSON.parse(encoded);
  } catch {
    return encoded;
  }
  if (value === null || value === '') return 'nothing';
  if (field === 'status' && typeof value === 'string') return collaborationStatus(value).label;
  if (field === 'liaisonId' && typeof value === 'string') return memberName(value);
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** One activity entry in words, e.g. "changed collaboration status from Not collaborated to Contacted". */
export function describeActivity(activity: Activity): string {
  switch (activity.kind) {
    case 'created':
      return 'added the influencer to the CRM';
    case 'imported':
      return 'imported the influencer';
    case 'archived':
      return 'archived the influencer';
    case 'restored':
      return 'restored the influencer';
    case 'change_rejected': {
      // Written by the server: `from` is what the member wanted, `to` the value it kept.
      const field = FIELD_LABELS[activity.field ?? ''] ?? activity.field ?? 'a field';
      return `tried to change ${field} to ${readValue(activity.field, activity.from)}; not accepted (no permission), it stays ${readValue(activity.field, activity.to)}`;
    }
    case 'conflict_overwritten': {
      const field = FIELD_LABELS[activity.field ?? ''] ?? activity.field ?? 'a field';
      return `overwrote a concurrent change of ${field}: ${readValue(activity.field, activity.from)} was replaced by ${readValue(activity.field, activity.to)}`;
    }
    case 'labels_changed':
    case 'field_changed': {
      const field = FIELD_LABELS[activity.field ?? ''] ?? activity.field ?? 'a field';
      return `changed ${field} from ${readValue(activity.field, activity.from)} to ${readValue(activity.field, activity.to)}`;
    }
  }
}
