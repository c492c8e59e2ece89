import { PLATFORMS } from '../influencer';
import { MAX_FOLLOWERS, MAX_ID_LENGTH, MAX_LANGUAGE_LENGTH, MAX_TIMESTAMP } from '../schemas/limits';
import {
  CHOICE_FIELDS, DATE_FIELDS, FILTER_FORMAT_VERSION, FLAG_FIELDS, RANGE_FIELDS, type ChoiceField, type FilterCondition,
  type FilterGroup, type FilterNode, type ListFilter,
} from './listFilter';

/** Nesting the builder offers (a group inside the top group, one more inside that) with room. */
export const MAX_FILTER_DEPTH = 4;
export const MAX_FILTER_CONDITIONS = 100;
export const MAX_FILTER_VALUES = 500;
export const MAX_FILTER_DAYS = 36_500;

export type FilterValidation = { ok: true; filter: ListFilter } | { ok: false; errors: string[] };

const SOURCES = ['manual', 'import', 'email', 'status_change'];
const PLATFORM_VALUES = [...PLATFORMS, 'custom'];
const COUNTRY = /^[A-Za-z]{2}$/;
const LANGUAGE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * Reads a filter that comes from storage or another member's device (saved views replicate):
 * `{ ok: true, filter }` with a fresh copy holding only known fields, or every problem found,
 * each naming where it is ("root.children[1].min: …"). Never throws, whatever the input.
 */
export function validateFilter(value: unknown): FilterValidation {
  const errors: string[] = [];
  const counter = { conditions: 0 };
  if (!isRecord(value)) return { ok: false, errors: ['The filter is not an object.'] };
  if (typeof value.version === 'number' && value.version > FILTER_FORMAT_VERSION) {
    return { ok: false, errors: [`This filter was saved by a newer version of the app (format ${value.version}); update the app to use it.`] };
  }
  if (value.version !== FILTER_FORMAT_VERSION) errors.push(`version: must be ${FILTER_FORMAT_VERSION}.`);
  onlyKeys(value, ['version', 'root'], '', errors);
  const root = readNode(value.root, 'root', 1, counter, errors);
  if (root !== null && root.type !== 'group') errors.push('root: must be a group.');
  if (errors.length > 0 || root === null || root.type !== 'group') return { ok: false, errors };
  return { ok: true, filter: { version: FILTER_FORMAT_VERSION, root } };
}

interface Counter {
  conditions: number;
}

function readNode(value: unknown, path: string, depth: number, counter: Counter, errors: string[]): FilterNode | null {
  if (!isRecord(value)) {
    errors.push(`${path}: must be a group or a condition.`);
    return null;
  }
  if (value.type === 'group') return readGroup(value, path, depth, counter, errors);
  if (value.type === 'condition') {
    counter.conditions++;
    if (counter.conditions === MAX_FILTER_CONDITIONS + 1) errors.push(`${path}: a filter has at most ${MAX_FILTER_CONDITIONS} conditions.`);
    return readCondition(value, path, errors);
  }
  errors.push(`${path}.type: must be "group" or "condition".`);
  return null;
}

function readGroup(value: Record<string, unknown>, path: string, depth: number, counter: Counter, errors: string[]): FilterGroup | null {
  onlyKeys(value, ['type', 'combinator', 'children'], path, errors);
  if (depth > MAX_FILTER_DEPTH) {
    errors.push(`${path}: groups nest at most ${MAX_FILTER_DEPTH} deep.`);
    return null;
  }
  const combinator = value.combinator;
  if (combinator !== 'and' && combinator !== 'or') errors.push(`${path}.combinator: must be "and" or "or".`);
  if (!Array.isArray(value.children)) {
    errors.push(`${path}.children: must be a list.`);
    return null;
  }
  const children: FilterNode[] = [];
  value.children.forEach((child: unknown, i) => {
    const node = readNode(child, `${path}.children[${i}]`, depth + 1, counter, errors);
    if (node !== null) children.push(node);
  });
  return combinator === 'and' || combinator === 'or' ? { type: 'group', combinator, children } : null;
}

function readCondition(value: Record<string, unknown>, path: string, errors: string[]): FilterCondition | null {
  const field = value.field;
  const at = `${path} (${String(field)})`;
  if (typeof field !== 'string') {
    errors.push(`${path}.field: must be a field name.`);
    return null;
  }
  const before = errors.length;
  const fail = (message: string): null => {
    errors.push(`${at}: ${message}`);
    return null;
  };

  if (isOneOf(field, CHOICE_FIELDS)) {
    onlyKeys(value, ['type', 'field', 'op', 'values'], path, errors);
    const op = value.op;
    if (op !== 'any_of' && op !== 'none_of') return fail('op must be "any_of" or "none_of".');
    const values = readList(value.values, at, errors, (v) => readChoiceValue(field, v));
    if (values === null || errors.length > before) return null;
    return { type: 'condition', field, op, values };
  }

  if (field === 'labels') {
    const op = value.op;
    if (op === 'is_empty' || op === 'is_not_empty') {
      onlyKeys(value, ['type', 'field', 'op'], path, errors);
      return errors.length > before ? null : { type: 'condition', field, op };
    }
    onlyKeys(value, ['type', 'field', 'op', 'ids'], path, errors);
    if (op !== 'any_of' && op !== 'all_of' && op !== 'none_of') return fail('op must be "any_of", "all_of", "none_of", "is_empty" or "is_not_empty".');
    const ids = readList(value.ids, at, errors, (v) => (isId(v) ? v : undefined));
    if (ids === null || errors.length > before) return null;
    return { type: 'condition', field, op, ids };
  }

  if (isOneOf(field, RANGE_FIELDS)) {
    const op = value.op;
    if (op === 'is_empty' || op === 'is_not_empty') {
      onlyKeys(value, ['type', 'field', 'op'], path, errors);
      return errors.length > before ? null : { type: 'condition', field, op };
    }
    onlyKeys(value, ['type', 'field', 'op', 'min', 'max'], path, errors);
    if (op !== 'between') return fail('op must be "between", "is_empty" or "is_not_empty".');
    const limit = field === 'followers' ? MAX_FOLLOWERS : 100;
    const min = readBound(value.min, 0, limit, `${at}.min`, errors);
    const max = readBound(value.max, 0, limit, `${at}.max`, errors);
    if (errors.length > before || min === undefined || max === undefined) return null;
    if (min === null && max === null) return fail('give a minimum, a maximum or both.');
    if (min !== null && max !== null && min > max) return fail(`the minimum (${min}) is above the maximum (${max}).`);
    return { type: 'condition', field, op, min, max };
  }

  if (isOneOf(field, DATE_FIELDS)) {
    const op = value.op;
    if (op === 'in_last_days') {
      onlyKeys(value, ['type', 'field', 'op', 'days'], path, errors);
      const days = value.days;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_FILTER_DAYS) {
        return fail(`days must be a whole number from 1 to ${MAX_FILTER_DAYS}.`);
      }
      return errors.length > before ? null : { type: 'condition', field, op, days };
    }
    onlyKeys(value, ['type', 'field', 'op', 'from', 'to'], path, errors);
    if (op !== 'between') return fail('op must be "between" or "in_last_days".');
    const from = readBound(value.from, 0, MAX_TIMESTAMP, `${at}.from`, errors);
    const to = readBound(value.to, 0, MAX_TIMESTAMP, `${at}.to`, errors);
    if (errors.length > before || from === undefined || to === undefined) return null;
    if (from === null && to === null) return fail('give a start date, an end date or both.');
    if (from !== null && to !== null && from > to) return fail('the start date is after the end date.');
    return { type: 'condition', field, op, from, to };
  }

  if (isOneOf(field, FLAG_FIELDS)) {
    onlyKeys(value, ['type', 'field', 'op', 'value'], path, errors);
    if (value.op !== 'is') return fail('op must be "is".');
    if (typeof value.value !== 'boolean') return fail('value must be true or false.');
    return errors.length > before ? null : { type: 'condition', field, op: 'is', value: value.value };
  }

  errors.push(`${path}.field: "${field.slice(0, 40)}" is not a field the list can filter by.`);
  return null;
}

/** undefined: not a valid value for the field. */
function readChoiceValue(field: ChoiceField, v: unknown): string | null | undefined {
  switch (field) {
    case 'status':
      return isId(v) ? v : undefined;
    case 'contractStatus':
    case 'paymentStatus':
    case 'liaison':
      return v === null || isId(v) ? v : undefined;
    case 'platform':
      return typeof v === 'string' && PLATFORM_VALUES.includes(v) ? v : undefined;
    case 'source':
      return typeof v === 'string' && SOURCES.includes(v) ? v : undefined;
    case 'country':
      return v === null || (typeof v === 'string' && COUNTRY.test(v)) ? v : undefined;
    case 'language':
      return v === null || (typeof v === 'string' && v.length <= MAX_LANGUAGE_LENGTH && LANGUAGE.test(v)) ? v : undefined;
  }
}

function readList<T>(value: unknown, at: string, errors: string[], read: (v: unknown) => T | undefined): T[] | null {
  if (!Array.isArray(value)) {
    errors.push(`${at}: the values must be a list.`);
    return null;
  }
  if (value.length === 0) {
    errors.push(`${at}: choose at least one value.`);
    return null;
  }
  if (value.length > MAX_FILTER_VALUES) {
    errors.push(`${at}: at most ${MAX_FILTER_VALUES} values.`);
    return null;
  }
  const out: T[] = [];
  value.forEach((v: unknown, i) => {
    const read1 = read(v);
    if (read1 === undefined) errors.push(`${at}: value ${i + 1} (${preview(v)}) is not valid here.`);
    else out.push(read1);
  });
  return out;
}

/** null: no bound; undefined: invalid (reported). */
function readBound(value: unknown, min: number, max: number, at: string, errors: string[]): number | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    errors.push(`${at}: must be empty or a number from ${min} to ${max}.`);
    return undefined;
  }
  return value;
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], path: string, errors: string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) errors.push(`${path === '' ? '' : `${path}.`}${key.slice(0, 40)}: not part of a filter.`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH;
}

function isOneOf<T extends string>(value: string, list: readonly T[]): value is T {
  return (list as readonly string[]).includes(value);
}

function preview(v: unknown): string {
  let text: string;
  try {
    text = typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v));
  } catch {
    text = typeof v; // a BigInt or a cycle: say what it is
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
