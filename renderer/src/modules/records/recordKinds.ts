import { CHANNEL_LABELS, CHANNEL_TYPES, type ChannelType } from '../../../../shared/influencer';
import { validateWebLink } from '../../../../shared/links/validateWebLink';
import { EXPENSE_CATEGORIES, SHIPMENT_STATUSES, type CrmRecord, type ExpenseCategory, type ShipmentStatus } from '../../../../shared/records/crmRecord';
import { formatAmount, isCurrencyCode, parseAmount } from '../../../../shared/records/money';
import { formatDate } from '../../components/formatting';
import type { RecordFields } from './commands/saveRecord';

/** The form's text values by field name. */
export type Draft = Record<string, string>;
export type EditableRecordType = 'shipment' | 'expense' | 'content' | 'note';
export type Built = { ok: true; fields: RecordFields } | { ok: false; reason: string };

export interface FieldSpec {
  name: string;
  label: string;
  input: 'text' | 'date' | 'select' | 'multiline';
  options?: readonly { value: string; label: string }[];
}

/** How one kind of record is edited and shown on the Overview. */
export interface RecordKindSpec {
  type: EditableRecordType;
  /** The section's heading. */
  title: string;
  /** "shipment": the add button says "Add shipment", the form "Add shipment" / "Edit shipment". */
  noun: string;
  fields: readonly FieldSpec[];
  empty(): Draft;
  toDraft(record: CrmRecord): Draft;
  build(draft: Draft): Built;
  describe(record: CrmRecord): { primary: string; secondary: string };
}

export const SHIPMENT_STATUS_LABELS: Record<ShipmentStatus, string> = {
  preparing: 'Preparing', shipped: 'Shipped', in_transit: 'In transit', delivered: 'Delivered', returned: 'Returned', lost: 'Lost',
};
export const EXPENSE_CATEGORY_LABELS: Record<ExpenseCategory, string> = {
  fee: 'Fee', product: 'Product', shipping: 'Shipping', advertising: 'Advertising', travel: 'Travel', other: 'Other',
};

const AUTO = '';

/** "2026-11-25" ↔ midnight UTC of that day (a calendar date, the same for everyone). */
function toDay(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString().slice(0, 10);
}
function fromDay(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}
function today(): string {
  return toDay(Date.now());
}
function day(ms: number | null): string {
  return ms === null ? '—' : formatDate(ms);
}
function orNull(text: string | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
}
function count(text: string | undefined, label: string): { ok: true; value: number | null } | { ok: false; reason: string } {
  const trimmed = (text ?? '').replace(/[\s,.']/g, '');
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d{1,15}$/.test(trimmed)) return { ok: false, reason: `${label}: enter a whole number.` };
  return { ok: true, value: Number(trimmed) };
}
function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}
/** A post's network from its address, when the person did not choose one. */
function networkOf(url: string): ChannelType {
  const host = new URL(url).hostname.replace(/^(?:www|m)\./, '');
  if (host === 'youtu.be' || host.endsWith('youtube.com')) return 'youtube';
  if (host.endsWith('instagram.com')) return 'instagram';
  if (host.endsWith('tiktok.com')) return 'tiktok';
  if (host === 'x.com' || host === 'twitter.com') return 'x';
  if (host.endsWith('facebook.com') || host === 'fb.watch') return 'facebook';
  return 'website';
}

const shipment: RecordKindSpec = {
  type: 'shipment',
  title: 'Logistics tracking',
  noun: 'shipment',
  fields: [
    { name: 'itemName', label: 'Item', input: 'text' },
    { name: 'carrier', label: 'Carrier', input: 'text' },
    { name: 'trackingNumber', label: 'Tracking number', input: 'text' },
    { name: 'shipmentStatus', label: 'Shipment status', input: 'select', options: SHIPMENT_STATUSES.map((s) => ({ value: s, label: SHIPMENT_STATUS_LABELS[s] })) },
    { name: 'shippedAt', label: 'Shipped on', input: 'date' },
    { name: 'deliveredAt', label: 'Delivered on', input: 'date' },
    { name: 'note', label: 'Note', input: 'text' },
  ],
  empty: () => ({ itemName: '', carrier: '', trackingNumber: '', shipmentStatus: 'preparing', shippedAt: '', deliveredAt: '', note: '' }),
  toDraft: (r) =>
    r.type !== 'shipment' ? shipment.empty() : {
      itemName: r.itemName, carrier: r.carrier, trackingNumber: r.trackingNumber, shipmentStatus: r.shipmentStatus,
      shippedAt: toDay(r.shippedAt), deliveredAt: toDay(r.deliveredAt), note: r.note ?? '',
    },
  build: (d) => {
    const itemName = (d.itemName ?? '').trim();
    if (itemName === '') return { ok: false, reason: 'Say what was shipped.' };
    if (!isOneOf(SHIPMENT_STATUSES, d.shipmentStatus)) return { ok: false, reason: 'Choose a shipment status.' };
    return {
      ok: true,
      fields: {
        type: 'shipment', itemName, carrier: (d.carrier ?? '').trim(), trackingNumber: (d.trackingNumber ?? '').trim(), shipmentStatus: d.shipmentStatus,
        shippedAt: fromDay(d.shippedAt ?? ''), deliveredAt: fromDay(d.deliveredAt ?? ''), note: orNull(d.note),
      },
    };
  },
  describe: (r) =>
    r.type !== 'shipment' ? { primary: '', secondary: '' } : {
      primary: `${r.itemName}${r.carrier !== '' || r.trackingNumber !== '' ? ` — ${[r.carrier, r.trackingNumber].filter((s) => s !== '').join(' ')}` : ''}`,
      secondary: [SHIPMENT_STATUS_LABELS[r.shipmentStatus], `shipped ${day(r.shippedAt)}`, `delivered ${day(r.deliveredAt)}`, r.note ?? ''].filter((s) => s !== '').join(' · '),
    },
};

const expense: RecordKindSpec = {
  type: 'expense',
  title: 'Marketing expenses',
  noun: 'expense',
  fields: [
    { name: 'amount', label: 'Amount', input: 'text' },
    { name: 'currency', label: 'Currency', input: 'text' },
    { name: 'category', label: 'Category', input: 'select', options: EXPENSE_CATEGORIES.map((c) => ({ value: c, label: EXPENSE_CATEGORY_LABELS[c] })) },
    { name: 'spentAt', label: 'Date', input: 'date' },
    { name: 'note', label: 'Note', input: 'text' },
  ],
  empty: () => ({ amount: '', currency: 'EUR', category: 'fee', spentAt: today(), note: '' }),
  toDraft: (r) =>
    r.type !== 'expense' ? expense.empty() : {
      amount: formatAmount(r.amountMinor, r.currency), currency: r.currency, category: r.category, spentAt: toDay(r.spentAt), note: r.note ?? '',
    },
  build: (d) => {
    const currency = (d.currency ?? '').trim().toUpperCase();
    if (!isCurrencyCode(currency)) return { ok: false, reason: 'Currency: a three-letter code such as EUR or USD.' };
    const amount = parseAmount(d.amount ?? '', currency);
    if (!amount.ok) return { ok: false, reason: amount.reason };
    if (!isOneOf(EXPENSE_CATEGORIES, d.category)) return { ok: false, reason: 'Choose a category.' };
    const spentAt = fromDay(d.spentAt ?? '');
    if (spentAt === null) return { ok: false, reason: 'Enter the date of the expense.' };
    return { ok: true, fields: { type: 'expense', amountMinor: amount.amountMinor, currency, category: d.category, spentAt, note: orNull(d.note) } };
  },
  describe: (r) =>
    r.type !== 'expense' ? { primary: '', secondary: '' } : {
      primary: `${formatAmount(r.amountMinor, r.currency)} ${r.currency} — ${EXPENSE_CATEGORY_LABELS[r.category]}`,
      secondary: [day(r.spentAt), r.note ?? ''].filter((s) => s !== '').join(' · '),
    },
};

const content: RecordKindSpec = {
  type: 'content',
  title: 'Content monitoring',
  noun: 'content post',
  fields: [
    { name: 'postUrl', label: 'Post link', input: 'text' },
    { name: 'contentPlatform', label: 'Platform', input: 'select', options: [{ value: AUTO, label: 'From the link' }, ...CHANNEL_TYPES.map((t) => ({ value: t, label: CHANNEL_LABELS[t] }))] },
    { name: 'postedAt', label: 'Posted on', input: 'date' },
    { name: 'views', label: 'Views', input: 'text' },
    { name: 'likes', label: 'Likes', input: 'text' },
    { name: 'note', label: 'Note', input: 'text' },
  ],
  empty: () => ({ postUrl: '', contentPlatform: AUTO, postedAt: '', views: '', likes: '', note: '' }),
  toDraft: (r) =>
    r.type !== 'content' ? content.empty() : {
      postUrl: r.postUrl, contentPlatform: r.contentPlatform, postedAt: toDay(r.postedAt), views: r.views === null ? '' : String(r.views),
      likes: r.likes === null ? '' : String(r.likes), note: r.note ?? '',
    },
  build: (d) => {
    const link = validateWebLink(d.postUrl ?? '');
    if (!link.ok) return { ok: false, reason: link.reason };
    const views = count(d.views, 'Views');
    if (!views.ok) return views;
    const likes = count(d.likes, 'Likes');
    if (!likes.ok) return likes;
    const contentPlatform = isOneOf(CHANNEL_TYPES, d.contentPlatform) ? d.contentPlatform : networkOf(link.link);
    return { ok: true, fields: { type: 'content', postUrl: link.link, contentPlatform, postedAt: fromDay(d.postedAt ?? ''), views: views.value, likes: likes.value, comments: null, note: orNull(d.note) } };
  },
  describe: (r) =>
    r.type !== 'content' ? { primary: '', secondary: '' } : {
      primary: r.postUrl,
      secondary: [
        CHANNEL_LABELS[r.contentPlatform], `posted ${day(r.postedAt)}`,
        r.views === null ? '' : `${r.views.toLocaleString()} views`, r.likes === null ? '' : `${r.likes.toLocaleString()} likes`, r.note ?? '',
      ].filter((s) => s !== '').join(' · '),
    },
};

const note: RecordKindSpec = {
  type: 'note',
  title: 'Notes',
  noun: 'note',
  fields: [{ name: 'note', label: 'Note', input: 'multiline' }],
  empty: () => ({ note: '' }),
  toDraft: (r) => (r.type !== 'note' ? note.empty() : { note: r.note }),
  build: (d) => {
    const text = (d.note ?? '').trim();
    return text === '' ? { ok: false, reason: 'Write the note first.' } : { ok: true, fields: { type: 'note', note: text } };
  },
  describe: (r) => (r.type !== 'note' ? { primary: '', secondary: '' } : { primary: r.note, secondary: day(r.createdAt) }),
};

/** The Overview's editable record kinds, in the order the page shows them. */
export const RECORD_KINDS: readonly RecordKindSpec[] = [shipment, expense, content, note];
