import type { Activity } from '../../../../shared/activity';
import { defaultStatusCatalog, type StatusCatalog } from '../../../../shared/statuses/statusCatalog';
import { describeStatus } from '../../../../shared/statuses/statusLookup';
import { memberName } from '../members/memberName';
import { describeRecordActivity } from './describeRecordActivity';
import { describeRecordingActivity } from './describeRecordingActivity';

const DEFAULT_CATALOG = defaultStatusCatalog();
const STATUS_FIELDS = new Set(['status', 'contractStatus', 'paymentStatus']);

const FIELD_LABELS: Record<string, string> = {
  status: 'collaboration status',
  contractStatus: 'contract status',
  paymentStatus: 'payment status',
  manualEmail: 'manual email',
  platformEmail: 'platform email',
  channels: 'other channels',
  liaisonId: 'liaison',
  customName: 'custom name',
  officialName: 'name',
  email: 'email',
  link: 'link',
  labelIds: 'labels',
  platformId: 'channel ID',
  followers: 'followers',
  country: 'country',
};

function readValue(field: string | null, encoded: string | null, catalog: StatusCatalog = DEFAULT_CATALOG): string {
  if (encoded === null) return 'nothing';
  let value: unknown;
  try {
    value = JSON.parse(encoded);
  } catch {
    return encoded;
  }
  if (value === null || value === '') return 'nothing';
  // A retired status keeps its name in the catalog, so old entries still read.
  if (field !== null && STATUS_FIELDS.has(field) && typeof value === 'string') return describeStatus(catalog, value).label;
  if (field === 'liaisonId' && typeof value === 'string') return memberName(value);
  if (Array.isArray(value)) return value.length === 0 ? 'nothing' : value.map(listItem).join(', ');
  return String(value);
}

/** A channel ({type, url}) reads as its link; anything else as itself. */
function listItem(item: unknown): string {
  if (typeof item === 'object' && item !== null && 'url' in item && typeof item.url === 'string') return item.url;
  return String(item);
}

/** One activity entry in words, e.g. "changed collaboration status from Not collaborated to Contacted". */
export function describeActivity(activity: Activity, catalog: StatusCatalog = DEFAULT_CATALOG): string {
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
      return `tried to change ${field} to ${readValue(activity.field, activity.from, catalog)}; not accepted (no permission), it stays ${readValue(activity.field, activity.to, catalog)}`;
    }
    case 'conflict_overwritten': {
      const field = FIELD_LABELS[activity.field ?? ''] ?? activity.field ?? 'a field';
      return `overwrote a concurrent change of ${field}: ${readValue(activity.field, activity.from, catalog)} was replaced by ${readValue(activity.field, activity.to, catalog)}`;
    }
    case 'record_added':
    case 'record_changed':
      return describeRecordActivity(activity);
    case 'labels_changed':
    case 'field_changed': {
      const recording = describeRecordingActivity(activity);
      if (recording !== null) return recording;
      const field = FIELD_LABELS[activity.field ?? ''] ?? activity.field ?? 'a field';
      return `changed ${field} from ${readValue(activity.field, activity.from, catalog)} to ${readValue(activity.field, activity.to, catalog)}`;
    }
  }
}
