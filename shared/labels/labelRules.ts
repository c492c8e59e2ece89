import { MAX_LABEL_NAME_LENGTH } from '../schemas/labelSchema';
import { foldSearchText } from '../search/foldSearchText';
import type { Label } from './label';

export type LabelNameResult = { ok: true; name: string } | { ok: false; reason: string };

/** Colors offered when creating a label (readable white text on each); any "#rrggbb" is allowed. */
export const LABEL_COLORS = ['#d81b60', '#8e24aa', '#5e35b1', '#1e88e5', '#00897b', '#43a047', '#fb8c00', '#6d4c41', '#546e7a', '#c62828'] as const;

const HEX_COLOR = /^#[0-9a-f]{6}$/;

/** The key two label names are compared by: case, accents and spacing ignored, as search does. */
export function labelNameKey(name: string): string {
  return foldSearchText(name);
}

/**
 * A label name ready to store: trimmed, inner spaces collapsed, 1–60 characters, and no other
 * live label's name ignoring case and accents ("Beauté" and "beaute" would be one `label:` search).
 */
export function checkLabelName(labels: readonly Pick<Label, 'id' | 'name' | 'isDeleted'>[], input: string, exceptId: string | null): LabelNameResult {
  const name = input.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: false, reason: 'A label needs a name.' };
  if (name.length > MAX_LABEL_NAME_LENGTH) return { ok: false, reason: `A label name has at most ${MAX_LABEL_NAME_LENGTH} characters.` };
  const key = labelNameKey(name);
  const clash = labels.find((l) => l.id !== exceptId && !l.isDeleted && labelNameKey(l.name) === key);
  if (clash !== undefined) return { ok: false, reason: `There is already a label named ${clash.name}.` };
  return { ok: true, name };
}

/** "#RGB"/"#rrggbb" in any case → "#rrggbb"; null when it is no color. */
export function normalizeLabelColor(input: string): string | null {
  let color = input.trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(color)) color = `#${color.slice(1).split('').map((c) => c + c).join('')}`;
  return HEX_COLOR.test(color) ? color : null;
}

/**
 * A name no live label has, for when two members created the same name offline: the server
 * keeps both labels and names the later one "Beauty (2)" rather than refusing it (nothing lost).
 */
export function uniqueLabelName(name: string, takenNames: readonly string[]): string {
  const taken = new Set(takenNames.map(labelNameKey));
  if (!taken.has(labelNameKey(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, MAX_LABEL_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(labelNameKey(candidate))) return candidate;
  }
}

/**
 * What is wrong with a stored label document beyond its JSON schema ([] when nothing): the
 * server refuses such a push with 400, the app never writes one.
 */
export function labelProblems(doc: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const name = typeof doc.name === 'string' ? doc.name : '';
  if (name !== name.trim().replace(/\s+/g, ' ') || name === '') problems.push('name: no spaces at either end or in a row, and not empty');
  if (typeof doc.color !== 'string' || !HEX_COLOR.test(doc.color)) problems.push('color: "#rrggbb" in lower case');
  if (doc.mergedInto !== null && doc.mergedInto !== undefined) {
    if (doc.mergedInto === doc.id) problems.push('mergedInto: a label cannot be merged into itself');
    if (doc.isDeleted !== true) problems.push('mergedInto: only a deleted (merged) label points at another');
  }
  return problems;
}
