import { validateEmail } from '../email/validateEmail';
import { PLATFORM_LABELS, type InfluencerKind, type Platform } from '../influencer';
import { parseProfileLink } from '../links/parseProfileLink';
import { splitLink } from '../links/splitLink';
import { validateWebLink } from '../links/validateWebLink';
import { deriveOfficialName } from '../names/deriveOfficialName';
import { MAX_DESCRIPTION_LENGTH, MAX_FOLLOWERS, MAX_NAME_LENGTH } from '../schemas/limits';
import { foldSearchText } from '../search/foldSearchText';
import type { MappedRow } from './importFields';
import { restoreNeutralisedFormula } from './neutraliseFormula';
import { parseFollowerCount, parseScore } from './parseImportNumber';
import { readCountry } from './readCountry';
import { readLanguage } from './readLanguage';

/** What the team's data resolves names against. */
export interface ImportContext {
  /** The Influencer group's statuses a row may name (label or id). */
  statuses: readonly { id: string; label: string }[];
  labels: readonly { id: string; name: string }[];
  members: readonly { id: string; name: string; email?: string }[];
}

/**
 * A valid row, ready to become an influencer (the importer adds ids, times, the actor and
 * source "import"). `null` status/liaison: not given, the importer applies the team's
 * initial status and itself as liaison, as for a manual add.
 */
export interface InfluencerDraft {
  kind: InfluencerKind;
  platform: Platform | null;
  platformId: string | null;
  link: string;
  officialName: string;
  email: string | null;
  status: string | null;
  labelIds: string[];
  /** Label names the team does not have yet: the importer creates them (and says so). */
  newLabels: string[];
  liaisonId: string | null;
  country: string | null;
  language: string | null;
  followers: number | null;
  qualityScore: number | null;
  notes: string | null;
}

export type ImportRowResult =
  | { ok: true; draft: InfluencerDraft; warnings: string[] }
  | { ok: false; reasons: string[] };

const MAX_LABEL_NAME_LENGTH = 50;
const PLATFORM_HOSTS = new Set(['youtube.com', 'youtu.be', 'youtube-nocookie.com', 'instagram.com', 'instagr.am', 'tiktok.com', 'vm.tiktok.com', 'vt.tiktok.com']);
const PLATFORM_NAMES: ReadonlyMap<string, Platform> = new Map<string, Platform>([
  ['youtube', 'youtube'], ['yt', 'youtube'], ['you tube', 'youtube'],
  ['instagram', 'instagram'], ['ig', 'instagram'], ['insta', 'instagram'],
  ['tiktok', 'tiktok'], ['tik tok', 'tiktok'], ['tt', 'tiktok'],
]);
const CUSTOM_NAMES = new Set(['custom', 'self-created', 'self created', 'other', 'website', 'blog', 'none']);
const YOUTUBE_CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;

/**
 * Checks one imported row and turns it into an influencer draft, or says in words everything
 * that is wrong with it (each reason names the value), so no row is dropped or changed
 * silently. The rules are the "Add influencer" dialog's, plus what a sheet adds:
 * - a profile link (or a channel id with its platform) makes a platform influencer; a link to
 *   YouTube, Instagram or TikTok that is not a profile is refused with the link parser's
 *   reason, never imported as a self-created influencer by accident;
 * - any other web link, or just a name or email, makes a self-created influencer;
 * - a name on a platform row stands in as its official name until the platform's is looked up;
 * - several emails in one cell: the first is kept and the others are named in a warning;
 * - status, labels and liaison are matched by name (case and accents ignored) or id; unknown
 *   labels are to be created, an unknown status or liaison is an error;
 * - values this app neutralised against formulas in an earlier export ("'=…") are restored.
 */
export function validateImportRow(mapped: MappedRow, context: ImportContext): ImportRowResult {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const get = (field: keyof MappedRow): string => restoreNeutralisedFormula(mapped[field]?.trim() ?? '').trim();

  const name = get('name');
  if (name.length > MAX_NAME_LENGTH) reasons.push(`The name has ${name.length} characters; at most ${MAX_NAME_LENGTH} are allowed.`);

  // ---- email ----
  let email: string | null = null;
  const emailCell = get('email');
  if (emailCell !== '') {
    const parts = emailCell.split(/[\s,;]+/).filter((p) => p !== '');
    const checked = parts.map((p) => ({ text: p, result: validateEmail(p) }));
    const bad = checked.filter((c) => !c.result.ok);
    for (const c of bad) if (!c.result.ok) reasons.push(`Email "${clip(c.text)}": ${c.result.reason}`);
    const good = checked.flatMap((c) => (c.result.ok ? [c.result.email] : []));
    if (bad.length === 0 && good.length > 0) {
      email = good[0] ?? null;
      if (good.length > 1) warnings.push(`Only the first email (${email ?? ''}) is kept; also in the cell: ${good.slice(1).join(', ')}.`);
    }
  }

  // ---- platform, channel id, link ----
  const platformCell = get('platform');
  let platform: Platform | null = null;
  let customByPlatform = false;
  if (platformCell !== '') {
    const folded = foldSearchText(platformCell);
    const known = PLATFORM_NAMES.get(folded);
    if (known !== undefined) platform = known;
    else if (CUSTOM_NAMES.has(folded)) customByPlatform = true;
    else reasons.push(`Platform "${clip(platformCell)}" is not one the CRM records (YouTube, Instagram, TikTok). Leave it empty for a self-created influencer with a link.`);
  }

  const idCell = get('platformId');
  let fromId: { platform: Platform; platformId: string; link: string } | null = null;
  if (idCell !== '' && customByPlatform) {
    reasons.push(`The row is marked "${clip(platformCell)}" (self-created) but has a channel ID "${clip(idCell)}".`);
  } else if (idCell !== '') {
    const idPlatform = platform ?? (YOUTUBE_CHANNEL_ID.test(idCell) ? 'youtube' : null);
    if (idPlatform === null) {
      reasons.push(`Say which platform the channel ID "${clip(idCell)}" is on (map a Platform column), or give the profile link instead.`);
    } else {
      const parsed = parseProfileLink(profileLinkFor(idPlatform, idCell));
      if (parsed.ok) fromId = parsed;
      else reasons.push(`Channel ID "${clip(idCell)}": ${parsed.reason}`);
    }
  }

  const linkCell = get('link');
  let kind: InfluencerKind = 'custom';
  let profile: { platform: Platform; platformId: string; link: string } | null = null;
  let webLink = '';
  if (linkCell !== '') {
    if (isPlatformLink(linkCell)) {
      const parsed = parseProfileLink(linkCell);
      if (!parsed.ok) reasons.push(`Link "${clip(linkCell)}": ${parsed.reason}`);
      else profile = parsed;
    } else {
      const checked = validateWebLink(linkCell);
      if (!checked.ok) reasons.push(`Link "${clip(linkCell)}": ${checked.reason}`);
      else webLink = checked.link;
    }
  }
  if (profile !== null && platform !== null && profile.platform !== platform) {
    reasons.push(`The link is to a profile on ${label(profile.platform)} but the Platform column says ${label(platform)}.`);
  }
  if (profile !== null && fromId !== null && (profile.platform !== fromId.platform || profile.platformId !== fromId.platformId)) {
    reasons.push(`The link is for ${profile.platformId} but the channel ID column says ${fromId.platformId}.`);
  }
  if (webLink !== '' && fromId !== null) {
    reasons.push(`The link "${clip(linkCell)}" is not a profile on ${label(fromId.platform)}, but the row has a channel ID there.`);
  }
  if (platform !== null && profile === null && fromId === null && reasons.length === 0) {
    reasons.push(`The row says ${label(platform)} but has no ${label(platform)} profile link or channel ID.`);
  }
  profile ??= fromId;
  if (profile !== null) kind = 'platform';

  // ---- the rest ----
  let status: string | null = null;
  const statusCell = get('status');
  if (statusCell !== '') {
    const found = byName(statusCell, context.statuses.map((s) => ({ id: s.id, name: s.label })));
    if (found !== null) status = found;
    else reasons.push(`Status "${clip(statusCell)}" is not one of the team's statuses (${context.statuses.map((s) => s.label).join(', ')}).`);
  }

  const labelIds: string[] = [];
  const newLabels: string[] = [];
  for (const labelName of splitList(get('labels'))) {
    const found = byName(labelName, context.labels);
    if (found !== null) {
      if (!labelIds.includes(found)) labelIds.push(found);
    } else if (labelName.length > MAX_LABEL_NAME_LENGTH) {
      reasons.push(`Label "${clip(labelName)}" is longer than ${MAX_LABEL_NAME_LENGTH} characters.`);
    } else if (!newLabels.some((l) => foldSearchText(l) === foldSearchText(labelName))) {
      newLabels.push(labelName);
    }
  }

  let liaisonId: string | null = null;
  const liaisonCell = get('liaison');
  if (liaisonCell !== '') {
    const byEmail = context.members.find((m) => m.email !== undefined && m.email.toLowerCase() === liaisonCell.toLowerCase());
    const found = byEmail?.id ?? byName(liaisonCell, context.members);
    if (found !== null) liaisonId = found;
    else reasons.push(`Liaison "${clip(liaisonCell)}" is not a member of the team (use a member's name or email).`);
  }

  let country: string | null = null;
  const countryCell = get('country');
  if (countryCell !== '') {
    const read = readCountry(countryCell);
    if (read.ok) country = read.code;
    else reasons.push(`Country: ${read.reason}`);
  }

  let language: string | null = null;
  const languageCell = get('language');
  if (languageCell !== '') {
    const read = readLanguage(languageCell);
    if (read.ok) language = read.tag;
    else reasons.push(`Language: ${read.reason}`);
  }

  let followers: number | null = null;
  const followersCell = get('followers');
  if (followersCell !== '') {
    const read = parseFollowerCount(followersCell, MAX_FOLLOWERS);
    if (read.ok) followers = read.value;
    else reasons.push(`Followers: ${read.reason}`);
  }

  let qualityScore: number | null = null;
  const scoreCell = get('qualityScore');
  if (scoreCell !== '') {
    const read = parseScore(scoreCell);
    if (read.ok) qualityScore = read.value;
    else reasons.push(`Quality score: ${read.reason}`);
  }

  const notes = get('notes');
  if (notes.length > MAX_DESCRIPTION_LENGTH) reasons.push(`The notes have ${notes.length} characters; at most ${MAX_DESCRIPTION_LENGTH} are allowed.`);

  if (reasons.length === 0 && profile === null && name === '' && webLink === '' && email === null) {
    reasons.push('The row has no profile link, channel ID, name, link or email: nothing says who the influencer is.');
  }
  if (reasons.length > 0) return { ok: false, reasons };

  const officialName = name !== '' ? name : deriveOfficialName({ link: profile?.link ?? webLink, email: email ?? undefined });
  return {
    ok: true,
    warnings,
    draft: {
      kind,
      platform: profile?.platform ?? null,
      platformId: profile?.platformId ?? null,
      link: profile?.link ?? webLink,
      officialName,
      email,
      status,
      labelIds,
      newLabels,
      liaisonId,
      country,
      language,
      followers,
      qualityScore,
      notes: notes === '' ? null : notes,
    },
  };
}

/** The profile link for a platform id as sheets hold them ("UC…", "@name", "name"). */
function profileLinkFor(platform: Platform, id: string): string {
  const bare = id.replace(/^@/, '');
  switch (platform) {
    case 'youtube':
      if (YOUTUBE_CHANNEL_ID.test(id)) return `https://www.youtube.com/channel/${id}`;
      if (/^(?:c|user)\//i.test(id)) return `https://www.youtube.com/${id}`;
      return `https://www.youtube.com/@${bare}`;
    case 'instagram':
      return `https://www.instagram.com/${bare}`;
    case 'tiktok':
      return `https://www.tiktok.com/@${bare}`;
  }
}

function isPlatformLink(text: string): boolean {
  const split = splitLink(text);
  return split !== null && PLATFORM_HOSTS.has(split.host.replace(/^(?:www|m|mobile|music|studio)\./, ''));
}

/** An id or a name (folded, exact) among entries; null when none matches. */
function byName(text: string, entries: readonly { id: string; name: string }[]): string | null {
  const folded = foldSearchText(text);
  return entries.find((e) => e.id === text)?.id ?? entries.find((e) => foldSearchText(e.name) === folded)?.id ?? null;
}

/** "VIP, Beauty; Q4 | Tech" → the names; commas, semicolons and bars separate. */
function splitList(cell: string): string[] {
  return cell.split(/[,;|]/).map((s) => s.trim()).filter((s) => s !== '');
}

function label(platform: Platform): string {
  return PLATFORM_LABELS[platform];
}

/** A value quoted in a message, cut short. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
