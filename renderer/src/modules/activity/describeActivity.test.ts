import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/activity';
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
