import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/activity';
import type { Label } from '../../../../shared/labels/label';
import { describeActivity } from '../activity/describeActivity';
import { useLabelStore } from './labelStore';

const label = (id: string, name: string, extra: Partial<Label> = {}): Label => ({
  id, name, color: '#43a047', isDeleted: false, mergedInto: null, createdAt: 1, createdBy: 'm', updatedAt: 1, updatedBy: 'm', ...extra,
});
const entry = (fields: Partial<Activity>): Activity => ({ id: 'a', influencerId: 'l-1', actorId: 'm', at: 1, kind: 'label_changed', field: null, from: null, to: null, batchId: null, ...fields });

afterEach(() => useLabelStore.getState().reset());

describe('label entries in words', () => {
  it('says what happened to the label, by its names', () => {
    useLabelStore.getState().setLabels([label('l-1', 'Fans', { isDeleted: true, mergedInto: 'l-2' }), label('l-2', 'Élite')]);
    expect(describeActivity(entry({ kind: 'label_created', to: '{"name":"Fans","color":"#43a047"}' }))).toBe('created the label Fans');
    expect(describeActivity(entry({ field: 'name', from: '"Fan"', to: '"Fans"' }))).toBe('renamed the label Fan to Fans');
    expect(describeActivity(entry({ field: 'mergedInto', from: 'null', to: '"l-2"' }))).toBe('merged the label Fans (deleted) into Élite');
    expect(describeActivity(entry({ field: 'isDeleted', from: 'false', to: 'true' }))).toBe('deleted the label Fans (deleted)');
    // An influencer's labels read by name.
    expect(describeActivity(entry({ influencerId: 'i-1', kind: 'labels_changed', field: 'labelIds', from: '[]', to: '["l-2"]' }))).toBe('changed labels from nothing to Élite');
  });

  it("explains the server's refusals of a label change", () => {
    useLabelStore.getState().setLabels([label('l-1', 'gaming (2)')]);
    expect(describeActivity(entry({ kind: 'change_rejected', field: 'name', from: '"gaming"', to: '"gaming (2)"' }))).toBe(
      'named a label gaming, which another label of the team already had; it is called gaming (2)',
    );
    expect(describeActivity(entry({ kind: 'change_rejected', field: 'isDeleted', from: 'true', to: 'false' }))).toMatch(/only Administrators can merge or delete labels$/);
  });
});
