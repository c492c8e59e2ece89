import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/activity';
import { defaultStatusCatalog } from '../../../../shared/statuses/statusCatalog';
import { describeActivity } from './describeActivity';

const entry = (change: Partial<Activity>): Activity => ({
  id: 'a1', influencerId: 'i1', actorId: 'm1', at: 1, kind: 'field_changed', field: 'email', from: null, to: null, batchId: null, ...change,
});

describe('describeActivity', () => {
  it('describes a field change with readable values', () => {
    expect(describeActivity(entry({ field: 'status', from: '"not_collaborated"', to: '"contacted"' }))).toBe(
      'changed collaboration status from Not collaborated to Contacted',
    );
  });

  it('explains an overwritten concurrent change', () => {
    expect(describeActivity(entry({ kind: 'conflict_overwritten', from: '"a@x.example"', to: '"b@x.example"' }))).toBe(
      'overwrote a concurrent change of email: a@x.example was replaced by b@x.example',
    );
  });

  it('explains a change the server refused, with the wanted and the kept value', () => {
    expect(describeActivity(entry({ kind: 'change_rejected', field: 'status', from: '"contacted"', to: '"negotiating"' }))).toBe(
      'tried to change collaboration status to Contacted; not accepted (no permission), it stays Negotiating',
    );
  });
});

describe('describeActivity with status groups and channels', () => {
  it('reads contract and payment statuses from the catalog, and clearing one as nothing', () => {
    expect(describeActivity(entry({ field: 'contractStatus', from: 'null', to: '"contract_sent"' }))).toBe('changed contract status from nothing to Contract sent');
    expect(describeActivity(entry({ field: 'paymentStatus', from: '"paid_fully"', to: 'null' }))).toBe('changed payment status from Paid fully to nothing');
  });

  it('names a retired custom status by its label, from the catalog passed in', () => {
    const catalog = defaultStatusCatalog();
    catalog.statuses.push({ id: 'vip', group: 'influencer', label: 'VIP', color: '#123456', predefined: false, retired: true });
    expect(describeActivity(entry({ field: 'status', from: '"vip"', to: '"contacted"' }), catalog)).toBe('changed collaboration status from VIP to Contacted');
  });

  it('lists channels by their links', () => {
    expect(describeActivity(entry({ field: 'channels', from: '[]', to: '[{"type":"x","url":"https://x.com/jack"}]' }))).toBe(
      'changed other channels from nothing to https://x.com/jack',
    );
  });
});
