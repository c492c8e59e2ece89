import { describe, expect, it } from 'vitest';
import { compileFilter } from './compileFilter';
import { FILTER_FORMAT_VERSION, type FilterNode, type ListFilter } from './listFilter';
import { allOf, conditionProblem, filterMentions, usableFilter } from './usableFilter';

const filter = (combinator: 'and' | 'or', ...children: FilterNode[]): ListFilter => ({ version: FILTER_FORMAT_VERSION, root: { type: 'group', combinator, children } });
const youtube: FilterNode = { type: 'condition', field: 'platform', op: 'any_of', values: ['youtube'] };
const noEmail: FilterNode = { type: 'condition', field: 'hasEmail', op: 'is', value: false };
const unchosen: FilterNode = { type: 'condition', field: 'status', op: 'any_of', values: [] };
const backwards: FilterNode = { type: 'condition', field: 'followers', op: 'between', min: 10, max: 5 };

describe('usableFilter', () => {
  it('leaves out unfinished conditions and the groups they empty', () => {
    const edited = filter('and', youtube, unchosen, { type: 'group', combinator: 'or', children: [unchosen, backwards] }, { type: 'group', combinator: 'or', children: [noEmail, backwards] });
    expect(usableFilter(edited)).toEqual(filter('and', youtube, { type: 'group', combinator: 'or', children: [noEmail] }));
  });

  it('is null when nothing complete is left, or for no filter', () => {
    expect(usableFilter(filter('or', unchosen, { type: 'group', combinator: 'and', children: [backwards] }))).toBeNull();
    expect(usableFilter(null)).toBeNull();
  });
});

describe('allOf', () => {
  it('keeps a row only when every filter keeps it', () => {
    const both = allOf(filter('and', youtube), null, filter('or'), filter('and', noEmail));
    const test = compileFilter(both!, { now: 0, currentMemberId: null });
    const row = { platform: 'youtube', email: null } as never;
    expect(test(row)).toBe(true);
    expect(test({ platform: 'youtube', email: 'a@b.c' } as never)).toBe(false);
    expect(test({ platform: 'tiktok', email: null } as never)).toBe(false);
  });

  it('returns the only restricting filter itself, and null when none restricts', () => {
    const one = filter('and', youtube);
    expect(allOf(null, one, filter('and'))).toBe(one);
    expect(allOf(null, filter('or'))).toBeNull();
  });
});

describe('filterMentions', () => {
  it('finds a field in nested groups', () => {
    const archived: FilterNode = { type: 'condition', field: 'archived', op: 'is', value: true };
    expect(filterMentions(filter('and', youtube, { type: 'group', combinator: 'or', children: [archived] }), 'archived')).toBe(true);
    expect(filterMentions(filter('and', youtube), 'archived')).toBe(false);
    expect(filterMentions(null, 'archived')).toBe(false);
  });
});

describe('conditionProblem', () => {
  it('says what an unfinished condition lacks, without the path', () => {
    expect(conditionProblem(unchosen as never)).toBe('choose at least one value.');
    expect(conditionProblem(backwards as never)).toBe('the minimum (10) is above the maximum (5).');
    expect(conditionProblem(youtube as never)).toBeNull();
  });
});
