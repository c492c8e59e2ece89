import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/activity';
import { filterActivities } from './activityFilters';
import { groupActivitiesByDay } from './groupActivitiesByDay';

const entry = (id: string, at: number, change: Partial<Activity> = {}): Activity => ({
  id, influencerId: 'i1', actorId: 'm1', at, kind: 'field_changed', field: 'email', from: null, to: null, batchId: null, ...change,
});
const day = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe('groupActivitiesByDay', () => {
  it('puts the entries of one local day together, keeping their order', () => {
    const entries = [entry('c', day(2026, 11, 25, 23)), entry('b', day(2026, 11, 25, 0)), entry('a', day(2026, 11, 24, 23))];
    expect(groupActivitiesByDay(entries).map((d) => [d.day, d.entries.map((e) => e.id)])).toEqual([
      ['2026-11-25', ['c', 'b']],
      ['2026-11-24', ['a']],
    ]);
    expect(groupActivitiesByDay([])).toEqual([]);
  });
});

describe('filterActivities', () => {
  const entries = [
    entry('1', 3, { kind: 'record_added', actorId: 'm2' }),
    entry('2', 2, { kind: 'change_rejected' }),
    entry('3', 1, { kind: 'field_changed', actorId: 'm2' }),
  ];
  it('filters by kind and by member, together', () => {
    expect(filterActivities(entries, { kind: null, actorId: null }).map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(filterActivities(entries, { kind: 'records', actorId: null }).map((e) => e.id)).toEqual(['1']);
    expect(filterActivities(entries, { kind: null, actorId: 'm2' }).map((e) => e.id)).toEqual(['1', '3']);
    expect(filterActivities(entries, { kind: 'rejected', actorId: 'm2' })).toEqual([]);
  });
});
