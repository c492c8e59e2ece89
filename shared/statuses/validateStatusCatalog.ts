import { validateDocument } from '../schemas/validateDocument';
import { foldText } from '../search/foldText';
import { predefinedStatus } from './predefinedStatuses';
import { MAX_CUSTOM_STATUSES_PER_GROUP, MAX_STATUS_LABEL_LENGTH, statusCatalogValueSchema, STATUS_CATALOG_VERSION, type StatusCatalog, type StatusEntry } from './statusCatalog';
import { STATUS_GROUP_LABELS, STATUS_GROUPS, type StatusGroup } from './statusGroups';

export type StatusCatalogValidation = { ok: true; catalog: StatusCatalog } | { ok: false; errors: string[] };

const COLOR = /^#[0-9a-f]{6}$/;

/**
 * Checks a stored or edited catalog: its shape (statusCatalogValueSchema) and the rules across
 * entries — unique ids, labels unique within a group (ignoring case and accents), predefined
 * ids in their own group, at most MAX_CUSTOM_STATUSES_PER_GROUP custom statuses a group, and an
 * initial status that is an active Influencer-group status. Used at the edges (the settings
 * document from sync) and by the edit operations, so both accept the same catalogs.
 */
export function validateStatusCatalog(value: unknown): StatusCatalogValidation {
  const shape = validateDocument(statusCatalogValueSchema, value);
  if (!shape.ok) return { ok: false, errors: shape.errors };
  const catalog = value as StatusCatalog; // the shape was just checked
  const errors: string[] = [];
  if (catalog.version !== STATUS_CATALOG_VERSION) errors.push(`version: must be ${STATUS_CATALOG_VERSION}, got ${catalog.version}`);
  const ids = new Set<string>();
  const labels = new Map<StatusGroup, Set<string>>(STATUS_GROUPS.map((g) => [g, new Set<string>()]));
  const customCount = new Map<StatusGroup, number>();
  catalog.statuses.forEach((status, i) => {
    const at = `statuses[${i}]`;
    if (ids.has(status.id)) errors.push(`${at}.id: "${status.id}" appears more than once`);
    ids.add(status.id);
    const label = labelProblem(status.label);
    if (label !== null) errors.push(`${at}.label: ${label}`);
    const key = labelKey(status.label);
    const groupLabels = labels.get(status.group);
    if (groupLabels?.has(key)) errors.push(`${at}.label: "${status.label}" is used twice in the ${STATUS_GROUP_LABELS[status.group]} group`);
    groupLabels?.add(key);
    if (!COLOR.test(status.color)) errors.push(`${at}.color: must look like #1e88e5`);
    const predefined = predefinedStatus(status.id);
    if (predefined !== undefined && predefined.group !== status.group) errors.push(`${at}.group: "${status.id}" belongs to the ${STATUS_GROUP_LABELS[predefined.group]} group`);
    if (!status.predefined) customCount.set(status.group, (customCount.get(status.group) ?? 0) + 1);
  });
  for (const [group, count] of customCount) {
    if (count > MAX_CUSTOM_STATUSES_PER_GROUP) errors.push(`statuses: at most ${MAX_CUSTOM_STATUSES_PER_GROUP} custom statuses in the ${STATUS_GROUP_LABELS[group]} group`);
  }
  const initial = catalog.statuses.find((s) => s.id === catalog.initialStatusId);
  if (initial === undefined || initial.group !== 'influencer' || initial.retired) {
    errors.push(`initialStatusId: "${catalog.initialStatusId}" must be an active Influencer status`);
  }
  return errors.length === 0 ? { ok: true, catalog } : { ok: false, errors };
}

/** Labels compare without case, accents or surrounding spaces: "Vip " and "VIP" are one label. */
export function labelKey(label: string): string {
  return foldText(label.trim().replace(/\s+/g, ' '));
}

/** Why a label cannot be used, or null. */
export function labelProblem(label: string): string | null {
  const trimmed = label.trim();
  if (trimmed === '') return 'A status needs a name.';
  if (trimmed !== label || /\s{2}/.test(label)) return 'A status name has no leading, trailing or double spaces.';
  if (trimmed.length > MAX_STATUS_LABEL_LENGTH) return `A status name has at most ${MAX_STATUS_LABEL_LENGTH} characters.`;
  return null;
}

/** "#1E88E5" or "1e88e5" → "#1e88e5"; null when it is not a six-digit hex color. */
export function normaliseColor(input: string): string | null {
  const hex = input.trim().replace(/^#/, '').toLowerCase();
  return /^[0-9a-f]{6}$/.test(hex) ? `#${hex}` : null;
}

export function sameGroupLabel(catalog: StatusCatalog, group: StatusGroup, label: string, exceptId: string | null): StatusEntry | undefined {
  const key = labelKey(label);
  return catalog.statuses.find((s) => s.group === group && s.id !== exceptId && labelKey(s.label) === key);
}
