import { afterEach, describe, expect, it } from 'vitest';
import type { Label } from '../../../../shared/labels/label';
import { labelInfo, labelName } from './labelLookup';
import { useLabelStore } from './labelStore';

const label = (id: string, name: string, extra: Partial<Label> = {}): Label => ({
  id, name, color: '#43a047', isDeleted: false, mergedInto: null, createdAt: 1, createdBy: 'm', updatedAt: 1, updatedBy: 'm', ...extra,
});

afterEach(() => useLabelStore.getState().reset());

describe('labelInfo', () => {
  it('reads the live collection: a rename or recolor shows at once', () => {
    useLabelStore.getState().setLabels([label('l-1', 'Fans')]);
    expect(labelInfo('l-1')).toEqual({ id: 'l-1', name: 'Fans', color: '#43a047', isDeleted: false });
    useLabelStore.getState().setLabels([label('l-1', 'Super fans', { color: '#c62828' })]);
    expect(labelInfo('l-1')).toMatchObject({ name: 'Super fans', color: '#c62828' });
  });

  it('renders an unknown id and a deleted label gracefully, and keeps the demo names for demo ids without documents', () => {
    useLabelStore.getState().setLabels([label('l-old', 'Old', { isDeleted: true })]);
    expect(labelInfo('l-old')).toEqual({ id: 'l-old', name: 'Old (deleted)', color: '#9e9e9e', isDeleted: true });
    expect(labelName('l-old')).toBe('Old');
    expect(labelInfo('nobody-knows')).toEqual({ id: 'nobody-knows', name: 'Unknown label', color: '#9e9e9e', isDeleted: false });
    expect(labelInfo('label-vip')).toMatchObject({ name: 'VIP', isDeleted: false });
  });

  it('the store offers only live labels, sorted by name', () => {
    useLabelStore.getState().setLabels([label('b', 'beta'), label('x', 'Gone', { isDeleted: true }), label('a', 'Alpha')]);
    expect(useLabelStore.getState().live.map((l) => l.name)).toEqual(['Alpha', 'beta']);
  });
});
