import type { FilterCondition } from '../../../../shared/filters/listFilter';

type Field = FilterCondition['field'];

/** The fields the builder offers, in the order of the list's columns and the words. */
export const FILTER_FIELD_OPTIONS: readonly { field: Field; label: string }[] = [
  { field: 'status', label: 'Status' },
  { field: 'contractStatus', label: 'Contract status' },
  { field: 'paymentStatus', label: 'Payment status' },
  { field: 'labels', label: 'Labels' },
  { field: 'liaison', label: 'Liaison' },
  { field: 'platform', label: 'Platform' },
  { field: 'followers', label: 'Followers' },
  { field: 'qualityScore', label: 'Quality score' },
  { field: 'country', label: 'Country' },
  { field: 'language', label: 'Language' },
  { field: 'source', label: 'Source' },
  { field: 'createdAt', label: 'Created' },
  { field: 'updatedAt', label: 'Updated' },
  { field: 'hasEmail', label: 'Has email' },
  { field: 'archived', label: 'Archived' },
];

/** The operators of each kind of field, as the builder names them. */
export function operatorsOf(field: Field): readonly { op: FilterCondition['op']; label: string }[] {
  switch (field) {
    case 'labels':
      return [
        { op: 'any_of', label: 'include any of' },
        { op: 'all_of', label: 'include all of' },
        { op: 'none_of', label: 'include none of' },
        { op: 'is_empty', label: 'are empty' },
        { op: 'is_not_empty', label: 'are not empty' },
      ];
    case 'followers':
    case 'qualityScore':
      return [
        { op: 'between', label: 'between' },
        { op: 'is_empty', label: 'is unknown' },
        { op: 'is_not_empty', label: 'is known' },
      ];
    case 'createdAt':
    case 'updatedAt':
      return [
        { op: 'between', label: 'between dates' },
        { op: 'in_last_days', label: 'in the last days' },
      ];
    case 'hasEmail':
    case 'archived':
      return [{ op: 'is', label: 'is' }];
    default:
      return [
        { op: 'any_of', label: 'is any of' },
        { op: 'none_of', label: 'is none of' },
      ];
  }
}

/** A fresh condition on a field with an operator; a value still to be chosen leaves it unfinished (not applied yet). */
export function newCondition(field: Field, op?: FilterCondition['op']): FilterCondition {
  const chosen = op ?? operatorsOf(field)[0]?.op;
  switch (field) {
    case 'labels':
      return chosen === 'is_empty' || chosen === 'is_not_empty'
        ? { type: 'condition', field, op: chosen }
        : { type: 'condition', field, op: chosen === 'all_of' || chosen === 'none_of' ? chosen : 'any_of', ids: [] };
    case 'followers':
    case 'qualityScore':
      return chosen === 'is_empty' || chosen === 'is_not_empty' ? { type: 'condition', field, op: chosen } : { type: 'condition', field, op: 'between', min: null, max: null };
    case 'createdAt':
    case 'updatedAt':
      return chosen === 'in_last_days' ? { type: 'condition', field, op: 'in_last_days', days: 7 } : { type: 'condition', field, op: 'between', from: null, to: null };
    case 'hasEmail':
    case 'archived':
      return { type: 'condition', field, op: 'is', value: true };
    default:
      return { type: 'condition', field, op: chosen === 'none_of' ? 'none_of' : 'any_of', values: [] };
  }
}
