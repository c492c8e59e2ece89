import type { Role } from '../team/role';
import type { Label } from './label';
import { canMergeOrDeleteLabels } from './labelPermissions';
import { labelNameKey, uniqueLabelName } from './labelRules';

export interface LabelVerdict {
  /** The label to store. */
  label: Label;
  /** Fields that keep another value than the member sent (each is logged as refused). */
  rejectedFields: ('isDeleted' | 'mergedInto' | 'name')[];
}

/**
 * The server's check of a pushed label, given the team's other labels as stored:
 * - only an Administrator deletes or merges a label (canMergeOrDeleteLabels); anyone else's
 *   `isDeleted`/`mergedInto` keep the stored values (a new label: not deleted);
 * - a live label's name is unique ignoring case and accents: two members who created the
 *   same name offline both keep their label, the later one as "Name (2)".
 */
export function checkLabelChange(actor: { role: Role }, current: Label | null, next: Label, others: readonly Label[]): LabelVerdict {
  const label: Label = { ...next };
  const rejectedFields: LabelVerdict['rejectedFields'] = [];
  if (!canMergeOrDeleteLabels(actor).allowed) {
    const keptDeleted = current?.isDeleted ?? false;
    const keptMergedInto = current?.mergedInto ?? null;
    if (label.isDeleted !== keptDeleted) rejectedFields.push('isDeleted');
    if (label.mergedInto !== keptMergedInto) rejectedFields.push('mergedInto');
    label.isDeleted = keptDeleted;
    label.mergedInto = keptMergedInto;
  }
  if (!label.isDeleted) {
    const taken = others.filter((l) => l.id !== label.id && !l.isDeleted).map((l) => l.name);
    const name = uniqueLabelName(label.name, taken);
    if (labelNameKey(name) !== labelNameKey(label.name)) {
      label.name = name;
      rejectedFields.push('name');
    }
  }
  return { label, rejectedFields };
}
