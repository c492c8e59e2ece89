import { describe, expect, it } from 'vitest';
import type { Label } from './label';
import { checkLabelChange } from './checkLabelChange';
import { canMergeOrDeleteLabels } from './labelPermissions';
import { checkLabelName, labelProblems, normalizeLabelColor, uniqueLabelName } from './labelRules';
import { countCarrying, describeCarrying, mergedLabelIds, planLabelDelete, planLabelMerge, withLabel, withoutLabel } from './planLabelChanges';

function label(id: string, name: string, extra: Partial<Label> = {}): Label {
  return { id, name, color: '#1e88e5', isDeleted: false, mergedInto: null, createdAt: 1, createdBy: 'm1', updatedAt: 1, updatedBy: 'm1', ...extra };
}

const beauty = label('l-beauty', 'Beauté');
const gaming = label('l-gaming', 'Gaming');
const old = label('l-old', 'Old', { isDeleted: true });

describe('checkLabelName', () => {
  it('trims and collapses spaces', () => {
    expect(checkLabelName([], '  Summer   sale ', null)).toEqual({ ok: true, name: 'Summer sale' });
  });

  it('refuses an empty or too long name, saying what is wrong', () => {
    expect(checkLabelName([], '   ', null)).toEqual({ ok: false, reason: 'A label needs a name.' });
    expect(checkLabelName([], 'x'.repeat(61), null)).toEqual({ ok: false, reason: 'A label name has at most 60 characters.' });
    expect(checkLabelName([], 'x'.repeat(60), null).ok).toBe(true);
  });

  it("refuses another live label's name ignoring case and accents, but not the label's own or a deleted one's", () => {
    expect(checkLabelName([beauty, gaming], 'BEAUTE', null)).toEqual({ ok: false, reason: 'There is already a label named Beauté.' });
    expect(checkLabelName([beauty, gaming], 'beaute', beauty.id)).toEqual({ ok: true, name: 'beaute' });
    expect(checkLabelName([old], 'old', null)).toEqual({ ok: true, name: 'old' });
  });
});

describe('label colors and documents', () => {
  it('normalizes colors and refuses what is no color', () => {
    expect(normalizeLabelColor('#ABC')).toBe('#aabbcc');
    expect(normalizeLabelColor(' #D81B60 ')).toBe('#d81b60');
    expect(normalizeLabelColor('red')).toBeNull();
    expect(normalizeLabelColor('#12345')).toBeNull();
  });

  it('labelProblems names the broken fields of a pushed label', () => {
    expect(labelProblems({ ...beauty })).toEqual([]);
    expect(labelProblems({ ...beauty, name: ' Beauty', color: '#ABCDEF' })).toHaveLength(2);
    expect(labelProblems({ ...beauty, mergedInto: beauty.id, isDeleted: true })).toEqual(['mergedInto: a label cannot be merged into itself']);
    expect(labelProblems({ ...beauty, mergedInto: gaming.id })).toEqual(['mergedInto: only a deleted (merged) label points at another']);
  });

  it('uniqueLabelName numbers a taken name and keeps within the length limit', () => {
    expect(uniqueLabelName('Gaming', ['Beauté'])).toBe('Gaming');
    expect(uniqueLabelName('gaming', ['Gaming', 'GAMING (2)'])).toBe('gaming (3)');
    const long = 'y'.repeat(60);
    expect(uniqueLabelName(long, [long])).toBe(`${'y'.repeat(56)} (2)`);
  });
});

describe('label permissions and the server check', () => {
  it('only Administrators merge or delete, and a member is told why', () => {
    expect(canMergeOrDeleteLabels({ role: 'admin' })).toEqual({ allowed: true });
    for (const role of ['leader', 'member'] as const) {
      const verdict = canMergeOrDeleteLabels({ role });
      expect(verdict.allowed).toBe(false);
      if (!verdict.allowed) expect(verdict.reason).toMatch(/Administrators/);
    }
  });

  it("keeps a member's delete from happening, while their rename goes through", () => {
    const pushed = { ...gaming, name: 'Games', isDeleted: true };
    expect(checkLabelChange({ role: 'member' }, gaming, pushed, [beauty, gaming])).toEqual({ label: { ...pushed, isDeleted: false }, rejectedFields: ['isDeleted'] });
    expect(checkLabelChange({ role: 'admin' }, gaming, pushed, [beauty, gaming])).toEqual({ label: pushed, rejectedFields: [] });
    const merged = { ...gaming, isDeleted: true, mergedInto: beauty.id };
    expect(checkLabelChange({ role: 'leader' }, gaming, merged, [beauty, gaming]).rejectedFields).toEqual(['isDeleted', 'mergedInto']);
  });

  it('a second label with a taken name is kept under a numbered name', () => {
    const twin = label('l-twin', 'beaute');
    expect(checkLabelChange({ role: 'member' }, null, twin, [beauty, gaming])).toEqual({ label: { ...twin, name: 'beaute (2)' }, rejectedFields: ['name'] });
    // A deleted label's name is free again.
    expect(checkLabelChange({ role: 'member' }, null, label('l-new', 'Old'), [old]).rejectedFields).toEqual([]);
  });
});

describe('planning merges, deletes and bulk label changes', () => {
  it('adds and removes a label only where it changes something', () => {
    expect(withLabel(['a'], 'b')).toEqual(['a', 'b']);
    expect(withLabel(['a', 'b'], 'b')).toBeNull();
    expect(withoutLabel(['a', 'b'], 'a')).toEqual(['b']);
    expect(withoutLabel(['b'], 'a')).toBeNull();
  });

  it('a merge replaces the merged label in place and never leaves the surviving one twice', () => {
    expect(mergedLabelIds(['x', 'from', 'y'], 'from', 'into')).toEqual(['x', 'into', 'y']);
    expect(mergedLabelIds(['into', 'from'], 'from', 'into')).toEqual(['into']);
    expect(mergedLabelIds(['from', 'x', 'into'], 'from', 'into')).toEqual(['into', 'x']);
    expect(mergedLabelIds(['x'], 'from', 'into')).toBeNull();
  });

  it('refuses merging a label into itself or a deleted one, and deleting one that is gone', () => {
    expect(planLabelMerge([beauty, gaming], gaming.id, beauty.id)).toEqual({ ok: true, from: gaming, into: beauty });
    expect(planLabelMerge([beauty], beauty.id, beauty.id)).toEqual({ ok: false, reason: 'Choose two different labels to merge.' });
    expect(planLabelMerge([beauty, old], old.id, beauty.id).ok).toBe(false);
    expect(planLabelDelete([beauty, old], beauty.id)).toEqual({ ok: true, label: beauty });
    expect(planLabelDelete([beauty, old], old.id)).toEqual({ ok: false, reason: 'This label no longer exists.' });
  });

  it('counts the influencers carrying a label, in words', () => {
    const influencers = [{ labelIds: ['a', 'b'] }, { labelIds: ['b'] }, { labelIds: [] }];
    expect(countCarrying(influencers, 'b')).toBe(2);
    expect(countCarrying(influencers, 'c')).toBe(0);
    expect(describeCarrying(1)).toBe('1 influencer carries');
    expect(describeCarrying(2345)).toBe('2,345 influencers carry');
  });
});
