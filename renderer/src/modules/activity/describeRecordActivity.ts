import type { Activity } from '../../../../shared/activity';
import { formatAmount } from '../../../../shared/records/money';

const TYPE_NAMES: Record<string, string> = {
  shipment: 'a shipment', expense: 'an expense', content: 'a content post', note: 'a note', project_member: 'an email project membership',
};
const FIELD_NAMES: Record<string, string> = {
  itemName: 'item', carrier: 'carrier', trackingNumber: 'tracking number', shipmentStatus: 'shipment status', shippedAt: 'shipped on',
  deliveredAt: 'delivered on', amountMinor: 'amount', currency: 'currency', category: 'category', spentAt: 'date', postUrl: 'post link',
  contentPlatform: 'platform', postedAt: 'posted on', views: 'views', likes: 'likes', comments: 'comments', note: 'note',
};
const DATE_FIELDS = new Set(['shippedAt', 'deliveredAt', 'spentAt', 'postedAt']);

function parse(encoded: string | null): Record<string, unknown> {
  if (encoded === null) return {};
  try {
    const value: unknown = JSON.parse(encoded);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function show(field: string, value: unknown, all: Record<string, unknown>): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (DATE_FIELDS.has(field) && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  if (field === 'amountMinor' && typeof value === 'number') return formatAmount(value, typeof all.currency === 'string' ? all.currency : 'EUR');
  return String(value);
}

/** What identifies a record in one line: the item, the amount, the post or the note. */
function headline(type: string, values: Record<string, unknown>): string {
  switch (type) {
    case 'shipment':
      return typeof values.itemName === 'string' ? values.itemName : '';
    case 'expense':
      return typeof values.amountMinor === 'number' && typeof values.currency === 'string' ? `${formatAmount(values.amountMinor, values.currency)} ${values.currency}` : '';
    case 'content':
      return typeof values.postUrl === 'string' ? values.postUrl : '';
    case 'note':
      return typeof values.note === 'string' ? `“${values.note}”` : '';
    default:
      return '';
  }
}

/** "added a shipment: Blender X2" / "changed an expense: amount from 10.00 to 12.00". */
export function describeRecordActivity(activity: Activity): string {
  const type = activity.field ?? '';
  const what = TYPE_NAMES[type] ?? 'a record';
  const to = parse(activity.to);
  if (activity.kind === 'record_added' && type === 'project_member') {
    // The project's name as it was when added (the entry outlives renames).
    return typeof to.projectName === 'string' ? `added to email project ${to.projectName}` : `added ${what}`;
  }
  if (activity.kind === 'record_added') {
    const line = headline(type, to);
    return line === '' ? `added ${what}` : `added ${what}: ${line}`;
  }
  const from = parse(activity.from);
  const changes = Object.keys(to)
    .filter((field) => field !== 'id')
    .map((field) => `${FIELD_NAMES[field] ?? field} from ${show(field, from[field], from)} to ${show(field, to[field], to)}`);
  return changes.length === 0 ? `changed ${what}` : `changed ${what}: ${changes.join(', ')}`;
}
