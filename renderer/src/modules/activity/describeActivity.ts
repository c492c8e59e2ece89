import type { Activity } from '../../../../shared/activity';
import { defaultStatusCatalog, type StatusCatalog } from '../../../../shared/statuses/statusCatalog';
import { describeStatus } from '../../../../shared/statuses/statusLookup';
import { labelInfo } from '../labels/labelLookup';
import { memberName } from '../members/memberName';
import { describeLabelActivity, describeLabelRejection, isLabelEntry } from '../labels/describeLabelActivity';
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
  if (field === 'labelIds' && Array.isArray(value)) return value.length === 0 ? 'nothing' : value.map((id) => labelInfo(String(id)).name).join(', ');
  if (Array.isArray(value)) return value.length === 0 ? 'nothing' : value.map(listItem).join(', ');
  return String(value);
}

/** A channel ({type, url}) reads as its link; anything else as itself. */
function listItem(item: unknown): string {
  if (typeof item === 'object' && item !== null && 'url' in item && typeof item.url === 'string') return item.url;
  return String(item);
}

function countIds(encoded: string | null): number {
  try {
    const value: unknown = JSON.parse(encoded ?? '[]');
    return Array.isArray(value) ? value.length : 0;
  } catch {
    return 0;
  }
}

const RECORD_NAMES: Record<string, string> = { shipment: 'a shipment', expense: 'an expense', content: 'a content post', note: 'a note' };

/** A record moved by a merge (here, from a merged influencer) or by its undo (back). */
function describeRecordMove(activity: Activity): string {
  const what = RECORD_NAMES[activity.field ?? ''] ?? 'a record';
  let to: unknown = null;
  try {
    to = JSON.parse(activity.to ?? 'null');
  } catch {
    to = null;
  }
  const here = typeof to === 'object' && to !== null && 'influencerId' in to && to.influencerId === activity.influencerId;
  return here ? `moved ${what} here from a merged influencer` : `moved ${what} back to the influencer it came from`;
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
      if (isLabelEntry(activity)) return describeLabelRejection(activity);
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
    case 'merged': {
      const count = countIds(activity.to);
      return `merged ${count === 1 ? 'another influencer' : `${count} influencers`} into this one`;
    }
    case 'merged_into':
      return 'merged this influencer into another one (archived)';
    case 'record_moved':
      return describeRecordMove(activity);
    case 'merge_undone':
      return activity.field === null ? 'undid a merge into this influencer' : 'undid the merge of this influencer';
    case 'label_created':
    case 'label_changed':
      return describeLabelActivity(activity);
    case 'labels_changed':
    case 'field_changed': {
      const recording = describeRecordingActivity(activity);
      if (recording !== null) return recording;
      const field = FIELD_LABELS[activity.field ?? ''] ?? activity.field ?? 'a field';
      return `changed ${field} from ${readValue(activity.field, activity.from, catalog)} to ${readValue(activity.field, activity.to, catalog)}`;
    }
  }
}
