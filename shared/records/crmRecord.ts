import type { ChannelType } from '../influencer';

/**
 * A document of the `records` collection (shared/schemas/recordSchema.ts): what the team
 * records about an influencer on its Overview, one `type` per kind of record.
 */
export type CrmRecord = ShipmentRecord | ExpenseRecord | ContentRecord | NoteRecord | ProjectMemberRecord;
export type CrmRecordType = CrmRecord['type'];

export const RECORD_TYPES = ['shipment', 'expense', 'content', 'note', 'project_member'] as const satisfies readonly CrmRecordType[];

export interface RecordBase {
  id: string;
  influencerId: string;
  /** The email project it belongs to; "" for none (indexed fields cannot be null). */
  projectId: string;
  createdAt: number;
  createdBy: string;
  updatedAt: number;
  updatedBy: string;
}

export const SHIPMENT_STATUSES = ['preparing', 'shipped', 'in_transit', 'delivered', 'returned', 'lost'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** Logistics tracking: a product sent to the influencer. */
export interface ShipmentRecord extends RecordBase {
  type: 'shipment';
  itemName: string;
  carrier: string;
  trackingNumber: string;
  shipmentStatus: ShipmentStatus;
  shippedAt: number | null;
  deliveredAt: number | null;
  note: string | null;
}

export const EXPENSE_CATEGORIES = ['fee', 'product', 'shipping', 'advertising', 'travel', 'other'] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

/** A marketing expense. */
export interface ExpenseRecord extends RecordBase {
  type: 'expense';
  /** In the currency's minor unit (cents for EUR, yen for JPY): sums stay exact. See money.ts. */
  amountMinor: number;
  /** ISO 4217, upper-case ("EUR"). */
  currency: string;
  category: ExpenseCategory;
  spentAt: number;
  note: string | null;
}

/** Content monitoring: a post the influencer published, with its figures when known. */
export interface ContentRecord extends RecordBase {
  type: 'content';
  postUrl: string;
  contentPlatform: ChannelType;
  postedAt: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  note: string | null;
}

export interface NoteRecord extends RecordBase {
  type: 'note';
  note: string;
}

/** The influencer is a member of the email project `projectId` (never ""). */
export interface ProjectMemberRecord extends RecordBase {
  type: 'project_member';
}
