import type { Activity } from '../activity';
import { effectiveEmail, emailFields, platformEmailOf } from '../email/effectiveEmail';
import type { Channel, Influencer } from '../influencer';
import { channelKeys, channelsOf, influencerLinkKeys } from '../links/channelKeys';
import { parseChannelLink } from '../links/parseChannelLink';
import { displayName } from '../names/displayName';
import { canChangeInfluencerField } from '../permissions/canChangeInfluencerField';
import { PLATFORM_NAME_REASON } from '../permissions/checkInfluencerChange';
import { guardedFieldOf } from '../permissions/guardedFields';
import type { PermissionContext } from '../permissions/permissionContext';
import { MAX_CHANNELS } from '../schemas/limits';
import { valuesEqual } from '../sync/mergeDocuments';

/** The single-valued fields a merge preview lets the person choose, in the order shown. */
export const MERGE_FIELDS = [
  'officialName', 'customName', 'email', 'status', 'contractStatus', 'paymentStatus', 'liaisonId',
  'followers', 'qualityScore', 'country', 'language',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const MERGE_FIELD_LABELS: Record<MergeField, string> = {
  officialName: 'Official name',
  customName: 'Custom name',
  email: 'Email',
  status: 'Collaboration status',
  contractStatus: 'Contract status',
  paymentStatus: 'Payment status',
  liaisonId: 'Liaison',
  followers: 'Followers',
  qualityScore: 'Quality score',
  country: 'Country',
  language: 'Language',
};

export type MergeValue = string | number;

/** One field of the preview: the values the influencers hold, and which wins by default. */
export interface MergeFieldChoice {
  field: MergeField;
  /** Distinct non-empty values, the survivor's first, each with the influencers holding it. */
  values: { value: MergeValue; ids: string[] }[];
  /**
   * The value kept unless the person picks another: the survivor's, or, where it has none,
   * the first other's (a merge fills gaps rather than losing what the others knew).
   */
  defaultValue: MergeValue;
  /** Why the survivor's value cannot be replaced (a permission, a platform's own name); null: free. */
  locked: string | null;
}

/** The value chosen per field; absent fields take the default. */
export type MergeChoices = Partial<Record<MergeField, MergeValue>>;

export interface MergePlan {
  survivorId: string;
  mergedIds: string[];
  /** The fields written on the survivor (only those that change). */
  survivorChanges: Partial<Influencer>;
  /** Each merged influencer: archived, pointing at the survivor. */
  merged: { id: string; changes: Pick<Influencer, 'archived' | 'mergedInto'> }[];
  /** Its log entries (records moved over are planned by planRecordMoves), all with the batch id. */
  activities: Activity[];
}

export type MergePlanResult = { ok: true; plan: MergePlan } | { ok: false; reason: string };

export interface MergeContext {
  actorId: string;
  now: number;
  batchId: string;
  newId: () => string;
  /** The team's rules as the app knows them; absent in sync-mechanics tests (nothing refused). */
  permissions?: PermissionContext;
}

function valueOf(inf: Influencer, field: MergeField): MergeValue | null {
  const value = field === 'email' ? effectiveEmail(inf) : (inf[field] ?? null);
  return value === '' ? null : value;
}

function nameOf(inf: Influencer): string {
  return `"${displayName(inf)}"`;
}

/** Why the survivor's value of `field` cannot change; null when it can. */
function lockedReason(survivor: Influencer, field: MergeField, permissions: PermissionContext | undefined): string | null {
  if (field === 'officialName' && survivor.kind === 'platform') return PLATFORM_NAME_REASON;
  const guard = guardedFieldOf(field);
  if (guard === null || permissions === undefined) return null;
  const permission = canChangeInfluencerField(permissions, survivor, guard);
  return permission.allowed ? null : permission.reason;
}

/** A liaison value the team's rules accept: an active member (unknown without permissions). */
function usableValue(field: MergeField, value: MergeValue, permissions: PermissionContext | undefined): boolean {
  if (field !== 'liaisonId' || permissions === undefined) return true;
  return typeof value === 'string' && permissions.membersById.get(value)?.active === true;
}

/**
 * The field-by-field preview of merging `others` into `survivor`: for every field at least one
 * of them has, the distinct values and the default winner. Fields the survivor cannot change
 * (a platform influencer's official name, a guarded field the actor may not change) are
 * locked to the survivor's value, with the reason.
 */
export function mergeFieldChoices(survivor: Influencer, others: readonly Influencer[], permissions?: PermissionContext): MergeFieldChoice[] {
  const choices: MergeFieldChoice[] = [];
  for (const field of MERGE_FIELDS) {
    const values: { value: MergeValue; ids: string[] }[] = [];
    for (const inf of [survivor, ...others]) {
      const value = valueOf(inf, field);
      if (value === null) continue;
      if (inf !== survivor && !usableValue(field, value, permissions)) continue;
      const same = values.find((v) => v.value === value);
      if (same === undefined) values.push({ value, ids: [inf.id] });
      else same.ids.push(inf.id);
    }
    const first = values[0];
    if (first === undefined) continue;
    const locked = lockedReason(survivor, field, permissions);
    const own = valueOf(survivor, field);
    if (locked !== null && own === null) continue; // nothing to show: the survivor keeps "none"
    choices.push({ field, values, defaultValue: own ?? first.value, locked });
  }
  return choices;
}

/**
 * Plans merging `others` into `survivor` (reference 000: duplicates are the same person): the
 * chosen values, the union of labels, and the others' channels and main links as channels
 * of the survivor; each other archived with `mergedInto` pointing at the survivor. Refused as
 * a whole, with the reason, when an influencer was merged already, the survivor is archived,
 * the actor may not archive one of the others, a choice is not one of the offered values or
 * is locked, or the channels would not fit.
 */
export function planMerge(survivor: Influencer, others: readonly Influencer[], choices: MergeChoices, ctx: MergeContext): MergePlanResult {
  if (others.length === 0) return { ok: false, reason: 'Choose at least two influencers to merge.' };
  const ids = new Set([survivor.id, ...others.map((o) => o.id)]);
  if (ids.size !== others.length + 1) return { ok: false, reason: 'An influencer is listed twice in the merge.' };
  for (const inf of [survivor, ...others]) {
    if ((inf.mergedInto ?? null) !== null) return { ok: false, reason: `${nameOf(inf)} was already merged into another influencer.` };
  }
  if (survivor.archived) return { ok: false, reason: `${nameOf(survivor)} is archived: restore it first, or keep another one.` };
  if (ctx.permissions !== undefined) {
    for (const other of others) {
      if (other.archived) continue;
      const permission = canChangeInfluencerField(ctx.permissions, other, 'archive');
      if (!permission.allowed) return { ok: false, reason: `${nameOf(other)} cannot be archived by you: ${permission.reason}` };
    }
  }

  const changes: Partial<Influencer> = {};
  for (const choice of mergeFieldChoices(survivor, others, ctx.permissions)) {
    const wanted = choices[choice.field] ?? choice.defaultValue;
    if (!choice.values.some((v) => v.value === wanted)) {
      return { ok: false, reason: `${MERGE_FIELD_LABELS[choice.field]}: "${String(wanted)}" is not a value of the influencers merged.` };
    }
    const own = valueOf(survivor, choice.field);
    if (wanted === own) continue;
    if (choice.locked !== null) return { ok: false, reason: `${MERGE_FIELD_LABELS[choice.field]} cannot change: ${choice.locked}` };
    if (choice.field === 'email') Object.assign(changes, emailFields(String(wanted), platformEmailOf(survivor)));
    else Object.assign(changes, { [choice.field]: wanted });
  }

  const labelIds = [...survivor.labelIds];
  for (const other of others) for (const id of other.labelIds) if (!labelIds.includes(id)) labelIds.push(id);
  if (labelIds.length !== survivor.labelIds.length) changes.labelIds = labelIds;

  const channels = combinedChannels(survivor, others);
  if (channels.length > MAX_CHANNELS) {
    return { ok: false, reason: `Together they have ${channels.length} other channels; an influencer lists at most ${MAX_CHANNELS}. Remove some first.` };
  }
  if (!valuesEqual(channels, channelsOf(survivor))) changes.channels = channels;

  const at = ctx.now;
  const entry = (influencerId: string, kind: Activity['kind'], field: string | null, from: unknown, to: unknown): Activity => ({
    id: ctx.newId(), influencerId, actorId: ctx.actorId, at, kind, field,
    from: from === undefined ? null : JSON.stringify(from), to: JSON.stringify(to), batchId: ctx.batchId,
  });
  const mergedIds = others.map((o) => o.id);
  const activities: Activity[] = [entry(survivor.id, 'merged', null, undefined, mergedIds)];
  // One entry per changed field; the email's source fields read as one "email" entry (loggedFields).
  for (const field of Object.keys(changes) as (keyof Influencer)[]) {
    if (field === 'manualEmail' || field === 'platformEmail') continue;
    // A version 0 document has no channels: logged as the empty list it reads as (never null, which the schema refuses).
    const before = field === 'channels' ? channelsOf(survivor) : (survivor[field] ?? null);
    activities.push(entry(survivor.id, 'field_changed', field, before, changes[field] ?? null));
  }
  const merged = others.map((other) => {
    activities.push(entry(other.id, 'merged_into', 'mergedInto', null, survivor.id));
    if (!other.archived) activities.push(entry(other.id, 'archived', 'archived', false, true));
    return { id: other.id, changes: { archived: true, mergedInto: survivor.id } };
  });
  return { ok: true, plan: { survivorId: survivor.id, mergedIds, survivorChanges: changes, merged, activities } };
}

/**
 * The survivor's channels, then each other's channels and main link, once each: a link that
 * is the survivor's own main link or is listed already is left out.
 */
export function combinedChannels(survivor: Influencer, others: readonly Influencer[]): Channel[] {
  const channels = [...channelsOf(survivor)];
  const known = new Set(influencerLinkKeys(survivor));
  const add = (channel: Channel): void => {
    const keys = channelKeys(channel);
    if (keys.some((k) => known.has(k))) return;
    for (const k of keys) known.add(k);
    channels.push(channel);
  };
  for (const other of others) {
    if (other.link !== '') {
      const parsed = parseChannelLink(other.link);
      if (parsed.ok) add({ type: parsed.type, url: parsed.url });
    }
    for (const channel of channelsOf(other)) add(channel);
  }
  return channels;
}
