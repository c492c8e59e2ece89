import { PLATFORM_LABELS, type InfluencerSource } from '../influencer';
import { CURRENT_MEMBER, type ChoiceField, type FilterCondition, type FilterNode, type LabelsCondition, type ListFilter } from './listFilter';

/** Names for ids; anything not given reads as the id itself. */
export interface DescribeContext {
  statusLabel?(id: string): string;
  labelName?(id: string): string;
  memberName?(id: string): string;
  countryName?(code: string): string;
  languageName?(tag: string): string;
  /** Default: the UTC date as YYYY-MM-DD, the same on every device. */
  formatDate?(ms: number): string;
  /** Default: digits grouped by commas (12,345). */
  formatNumber?(n: number): string;
}

export const SOURCE_LABELS: Record<InfluencerSource, string> = {
  manual: 'Added by hand',
  import: 'Imported',
  email: 'From an email project',
  status_change: 'From a status change',
};

// Maps: a stored value is any string, and a Map has no prototype keys to trip over.
const PLATFORM_NAMES = new Map<string, string>(Object.entries(PLATFORM_LABELS));
const SOURCE_NAMES = new Map<string, string>(Object.entries(SOURCE_LABELS));

const FIELD_NAMES: Record<FilterCondition['field'], string> = {
  status: 'Status',
  contractStatus: 'Contract status',
  paymentStatus: 'Payment status',
  liaison: 'Liaison',
  platform: 'Platform',
  country: 'Country',
  language: 'Language',
  source: 'Source',
  labels: 'Labels',
  followers: 'Followers',
  qualityScore: 'Quality score',
  createdAt: 'Created',
  updatedAt: 'Updated',
  hasEmail: 'Email',
  archived: 'Archived',
};

/** What `null` means in each choice field. */
const NONE_NAMES: Record<ChoiceField, string> = {
  status: 'none',
  contractStatus: 'none yet',
  paymentStatus: 'none yet',
  liaison: 'unassigned',
  platform: 'none',
  country: 'unknown',
  language: 'unknown',
  source: 'none',
};

/**
 * A condition in words, for its chip: "Status is Contacted or Negotiating", "Followers
 * between 10,000 and 100,000", "Updated in the last 7 days", "Has no email".
 */
export function describeCondition(condition: FilterCondition, context: DescribeContext = {}): string {
  const name = FIELD_NAMES[condition.field];
  const number = context.formatNumber ?? ((n: number) => n.toLocaleString('en-US'));
  const date = context.formatDate ?? ((ms: number) => new Date(ms).toISOString().slice(0, 10));
  switch (condition.field) {
    case 'status':
    case 'contractStatus':
    case 'paymentStatus':
    case 'liaison':
    case 'platform':
    case 'country':
    case 'language':
    case 'source': {
      const field = condition.field;
      const names = condition.values.map((v) => (v === null ? NONE_NAMES[field] : choiceName(field, v, context)));
      if (condition.op === 'any_of') return `${name} is ${joinWords(names, 'or')}`;
      return names.length === 1 ? `${name} is not ${names[0] ?? ''}` : `${name} is none of ${names.join(', ')}`;
    }
    case 'labels':
      return describeLabels(condition, context);
    case 'followers':
    case 'qualityScore': {
      if (condition.op !== 'between') {
        const empty = condition.op === 'is_empty';
        if (condition.field === 'qualityScore') return empty ? 'Quality score not rated' : 'Quality score rated';
        return empty ? 'Followers unknown' : 'Followers known';
      }
      const { min, max } = condition;
      if (min !== null && max !== null) return min === max ? `${name} exactly ${number(min)}` : `${name} between ${number(min)} and ${number(max)}`;
      if (min !== null) return `${name} at least ${number(min)}`;
      return `${name} at most ${number(max ?? 0)}`;
    }
    case 'createdAt':
    case 'updatedAt': {
      if (condition.op === 'in_last_days') {
        return `${name} in the last ${condition.days === 1 ? 'day' : `${number(condition.days)} days`}`;
      }
      const { from, to } = condition;
      if (from !== null && to !== null) {
        return date(from) === date(to) ? `${name} on ${date(from)}` : `${name} between ${date(from)} and ${date(to)}`;
      }
      if (from !== null) return `${name} on or after ${date(from)}`;
      return `${name} on or before ${date(to ?? 0)}`;
    }
    case 'hasEmail':
      return condition.value ? 'Has an email' : 'Has no email';
    case 'archived':
      return condition.value ? 'Archived' : 'Not archived';
  }
}

/** The whole filter in words, groups in parentheses: "Status is Contacted and (Has no email or Followers at least 1,000)". */
export function describeFilter(filter: ListFilter, context: DescribeContext = {}): string {
  return describeNode(filter.root, context, true);
}

function describeNode(node: FilterNode, context: DescribeContext, top: boolean): string {
  if (node.type === 'condition') return describeCondition(node, context);
  const parts = node.children.map((child) => describeNode(child, context, false)).filter((p) => p !== '');
  if (parts.length === 0) return '';
  const joined = parts.join(` ${node.combinator} `);
  return top || parts.length === 1 ? joined : `(${joined})`;
}

function describeLabels(condition: LabelsCondition, context: DescribeContext): string {
  const name = (id: string): string => context.labelName?.(id) ?? id;
  switch (condition.op) {
    case 'is_empty':
      return 'Has no labels';
    case 'is_not_empty':
      return 'Has labels';
    case 'any_of':
      return `Labels include ${joinWords(condition.ids.map(name), 'or')}`;
    case 'all_of':
      return `Labels include ${joinWords(condition.ids.map(name), 'and')}`;
    case 'none_of':
      return `Labels exclude ${joinWords(condition.ids.map(name), 'and')}`;
  }
}

function choiceName(field: ChoiceField, value: string, context: DescribeContext): string {
  switch (field) {
    case 'status':
    case 'contractStatus':
    case 'paymentStatus':
      return context.statusLabel?.(value) ?? value;
    case 'liaison':
      return value === CURRENT_MEMBER ? 'me' : (context.memberName?.(value) ?? value);
    case 'platform':
      return value === 'custom' ? 'Self-created' : (PLATFORM_NAMES.get(value) ?? value);
    case 'country':
      return context.countryName?.(value.toUpperCase()) ?? value.toUpperCase();
    case 'language':
      return context.languageName?.(value) ?? value;
    case 'source':
      return SOURCE_NAMES.get(value) ?? value;
  }
}

/** "A", "A or B", "A, B or C". */
function joinWords(words: readonly string[], last: 'or' | 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1] ?? ''}`;
}
