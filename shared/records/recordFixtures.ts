import type { ContentRecord, ExpenseRecord, NoteRecord, ShipmentRecord } from './crmRecord';

/** One valid record of each type (test fixtures). */
const base = { influencerId: 'inf-1', projectId: '', createdAt: 10, createdBy: 'm1', updatedAt: 10, updatedBy: 'm1' };

export const shipment: ShipmentRecord = {
  ...base, id: 'r-ship', type: 'shipment', itemName: 'Blender X2', carrier: 'DHL', trackingNumber: 'JD0146000012345', shipmentStatus: 'in_transit',
  shippedAt: 1_700_000_000_000, deliveredAt: null, note: null,
};
export const expense: ExpenseRecord = {
  ...base, id: 'r-exp', type: 'expense', amountMinor: 150_000, currency: 'EUR', category: 'fee', spentAt: 1_700_000_000_000, note: 'Half up front',
};
export const content: ContentRecord = {
  ...base, id: 'r-post', type: 'content', postUrl: 'https://www.youtube.com/watch?v=abc', contentPlatform: 'youtube', postedAt: 1_700_100_000_000,
  views: 120_000, likes: 8_000, comments: null, note: null,
};
export const note: NoteRecord = { ...base, id: 'r-note', type: 'note', note: 'Prefers WhatsApp; answers within a day.' };
