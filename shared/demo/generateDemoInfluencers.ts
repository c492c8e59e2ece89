import type { Influencer, InfluencerSource, Platform } from '../influencer';
import { deriveOfficialName } from '../names/deriveOfficialName';
import { COLLABORATION_STATUSES, INITIAL_STATUS_ID } from '../statuses';
import { createRandom, type Random } from './createRandom';
import { demoExtraFields } from './demoExtraFields';
import { DEMO_LABELS } from './demoLabels';
import { DEMO_MEMBERS } from './demoMembers';
import { NAME_SCRIPTS, type NamePart, type NameScript } from './demoNames';
import { weightedPicker } from './weightedPicker';

export interface DemoInfluencerOptions {
  count: number;
  seed: number;
  /** The newest timestamp the data may carry (ms since epoch). */
  now: number;
  /** Who loads the demo data: creator of most documents and liaison of some. */
  actorId: string;
}

const TWO_YEARS = 2 * 365 * 24 * 3600 * 1000;
/** TikTok's limit, the tightest of the three platforms, so one handle fits everywhere. */
const MAX_HANDLE = 24;
const CHANNEL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const HANDLE_WORDS = ['vlogs', 'cooks', 'fit', 'plays', 'beauty', 'travels', 'tech', 'style', 'eats', 'daily', 'tv', 'official', 'studio', 'music', 'art', 'films', 'reviews', 'kitchen', 'life', 'gaming'];
const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.com', 'naver.com', 'qq.com', 'yandex.ru'];
const AGENCIES = ['creatorsmgmt.com', 'talent-house.io', 'brightstar.agency', 'nextwave-talent.com'];
const NICKNAME_TAGS = ['brand', 'agency', 'VIP', 'new', 'EU', 'Q4'];

type Kind = Platform | 'custom';
type YouTubeForm = 'handle' | 'channel' | 'user' | 'native';
type EmailForm = 'personal' | 'business' | 'contact' | 'agency';
type CustomLinkForm = 'site' | 'linktree' | 'facebook' | 'beacons' | 'none';

const pickScript = weightedPicker(NAME_SCRIPTS.map((s): [NameScript, number] => [s, s.weight]));
const pickKind = weightedPicker<Kind>([['youtube', 45], ['instagram', 30], ['tiktok', 20], ['custom', 5]]);
const pickYouTubeForm = weightedPicker<YouTubeForm>([['handle', 50], ['channel', 35], ['user', 8], ['native', 7]]);
const pickEmailForm = weightedPicker<EmailForm>([['personal', 45], ['business', 25], ['contact', 20], ['agency', 10]]);
const pickCustomLink = weightedPicker<CustomLinkForm>([['site', 25], ['linktree', 20], ['facebook', 10], ['beacons', 5], ['none', 40]]);
const pickSource = weightedPicker<InfluencerSource>([['manual', 55], ['import', 35], ['email', 6], ['status_change', 4]]);
const pickLabelCount = weightedPicker([[0, 45], [1, 32], [2, 16], [3, 7]]);
/** Most influencers sit in the early stages of the pipeline; statuses added later get a small share. */
const STATUS_WEIGHTS: Readonly<Record<string, number>> = {
  not_collaborated: 40, prospects: 12, rejected: 5, shortlisted: 8, selected: 5, contacted: 9,
  needs_follow_up: 6, negotiating: 5, brief_sent: 3, waiting_for_draft: 3, draft_approved: 2, content_posted: 2,
};
const pickStatus = weightedPicker(COLLABORATION_STATUSES.map((s): [string, number] => [s.id, STATUS_WEIGHTS[s.id] ?? 1]));

/**
 * Realistic influencers for demos, tests and benchmarks, deterministic for a seed: a platform
 * mix (~45% YouTube, 30% Instagram, 20% TikTok, 5% self-created), names in eight scripts,
 * links and platform ids exactly as parseProfileLink produces them, unique handles, emails
 * and links (duplicate detection keys on them), emails for ~70%, statuses weighted toward the
 * early stages, labels, liaisons, log-distributed followers and dates over the two years
 * before `now`. Every document matches influencerSchema.
 *
 * Schema version 1 fields (contract and payment status, quality score, language, other
 * channels) come from a second stream, so adding them left the other fields unchanged for a
 * seed. Email sources (manualEmail/platformEmail) stay unset: `email` then reads as typed by
 * hand, which stays right while some writers change only `email`.
 */
export function generateDemoInfluencers(options: DemoInfluencerOptions): Influencer[] {
  const { count, actorId } = options;
  if (!Number.isInteger(count) || count < 0) throw new Error(`generateDemoInfluencers: count must be a whole number ≥ 0, got ${count}.`);
  if (!Number.isFinite(options.now)) throw new Error(`generateDemoInfluencers: now must be a timestamp in ms, got ${options.now}.`);
  const now = Math.max(0, Math.floor(options.now));
  const random = createRandom(options.seed);
  const extraRandom = createRandom((options.seed ^ 0x5bd1e995) >>> 0);
  const taken = new Set<string>();
  const members = DEMO_MEMBERS.map((m) => m.id);
  // The person loading the demo is a team member too: some influencers are theirs, so the
  // liaison-only permissions can be tried out.
  const liaisons = [...members, actorId, actorId];
  const result: Influencer[] = new Array<Influencer>(count);

  for (let i = 0; i < count; i++) {
    const script = pickScript(random);
    const first = random.pick(script.first);
    const last = random.pick(script.last);
    const name = script.familyFirst === true ? `${last.text}${first.text}` : `${first.text} ${last.text}`;
    const handle = uniqueHandle(handleBase(first, last, random), taken, random);
    const slug = handle.replace(/[._]/g, '');
    const kind = pickKind(random);

    let platform: Platform | null = null;
    let platformId: string | null = null;
    let link = '';
    if (kind === 'youtube') {
      platform = 'youtube';
      const form = pickYouTubeForm(random);
      const nativeHandle = form === 'native' ? name.replace(/\s+/g, '_').toLowerCase() : '';
      const nativeKey = nativeHandle.replace(/[._]/g, '');
      if (form === 'channel') {
        platformId = channelId(random);
        link = `https://www.youtube.com/channel/${platformId}`;
      } else if (form === 'user') {
        platformId = `user/${slug}`;
        link = `https://www.youtube.com/user/${slug}`;
      } else if (form === 'native' && script.script !== 'Latin' && [...nativeHandle].length >= 3 && !taken.has(nativeKey)) {
        // Handles in the creator's own script exist since 2022 (youtube.com/@김민지).
        taken.add(nativeKey);
        platformId = `@${nativeHandle}`;
        link = `https://www.youtube.com/${platformId}`;
      } else {
        platformId = `@${handle}`;
        link = `https://www.youtube.com/${platformId}`;
      }
    } else if (kind === 'instagram') {
      platform = 'instagram';
      platformId = handle;
      link = `https://www.instagram.com/${handle}/`;
    } else if (kind === 'tiktok') {
      platform = 'tiktok';
      platformId = `@${handle}`;
      link = `https://www.tiktok.com/${platformId}`;
    } else {
      link = customLink(pickCustomLink(random), handle, slug);
    }

    const email = random.chance(0.7) ? makeEmail(pickEmailForm(random), first, last, handle, slug, random) : null;
    // A self-created influencer added without a name is named from its link or email.
    const officialName = kind === 'custom' && (link !== '' || email !== null) && random.chance(0.3)
      ? deriveOfficialName({ link, email: email ?? undefined })
      : name;

    const createdAt = Math.max(0, now - Math.floor(random.next() * TWO_YEARS));
    const status = pickStatus(random);
    const touched = status !== INITIAL_STATUS_ID || random.chance(0.4);
    const updatedAt = touched ? createdAt + Math.floor(random.next() * (now - createdAt + 1)) : createdAt;
    const createdBy = random.chance(0.6) ? actorId : random.pick(members);
    const updatedBy = !touched || random.chance(0.5) ? createdBy : random.pick(liaisons);

    // Drawn in the order the fields always had, so a seed keeps giving the same values.
    const id = random.uuid();
    const customName = random.chance(0.1) ? nickname(first, handle, random) : null;
    const labelIds = pickLabels(random);
    const liaisonId = random.chance(0.85) ? random.pick(liaisons) : null;
    const archived = random.chance(0.03);
    const source = pickSource(random);
    const followerCount = platform === null && random.chance(0.7) ? null : followers(random);
    const country = random.chance(0.95) ? random.pick(script.countries) : null;
    const extra = demoExtraFields(extraRandom, { platform, status, country, handle });
    const influencer: Influencer = {
      id,
      kind: platform === null ? 'custom' : 'platform',
      platform,
      platformId,
      officialName,
      customName,
      link,
      email,
      status,
      labelIds,
      liaisonId,
      archived,
      source,
      followers: followerCount,
      country,
      createdAt,
      updatedAt,
      createdBy,
      updatedBy,
      contractStatus: extra.contractStatus,
      paymentStatus: extra.paymentStatus,
      qualityScore: extra.qualityScore,
      language: extra.language,
    };
    if (extra.channels !== undefined) influencer.channels = extra.channels;
    result[i] = influencer;
  }
  return result;
}

/** A handle as creators pick them: emmasmith, emma.smith, its_emma, e.smith, smith.emma.cooks, … */
function handleBase(first: NamePart, last: NamePart, random: Random): string {
  const f = first.latin;
  const l = last.latin;
  switch (random.int(0, 11)) {
    case 0: return `${f}${l}`;
    case 1: return `${f}.${l}`;
    case 2: return `${f}_${l}`;
    case 3: return `its${f}${l}`;
    case 4: return `the.${f}.${l}`;
    case 5: return `${f}.${random.pick(HANDLE_WORDS)}`;
    case 6: return `${f}${l}${random.pick(HANDLE_WORDS)}`;
    case 7: return `${f.charAt(0)}.${l}`;
    case 8: return `${l}.${f}`;
    case 9: return `${f}.${l}.${random.pick(HANDLE_WORDS)}`;
    case 10: return `${random.pick(['real', 'hey', 'iam', 'official'])}${f}`;
    default: return `${f}_${l}_${random.int(80, 99)}`;
  }
}

/**
 * Makes a handle unique by appending digits, as platforms suggest. Uniqueness is kept on the
 * handle without dots and underscores, so the handle-based emails and site names are unique too.
 */
function uniqueHandle(base: string, taken: Set<string>, random: Random): string {
  let candidate = trimHandle(base, MAX_HANDLE);
  let key = candidate.replace(/[._]/g, '');
  for (let attempt = 0; taken.has(key); attempt++) {
    const digits = String(attempt < 3 ? random.int(1, 99) : attempt < 6 ? random.int(100, 999) : random.int(1_000, 99_999_999));
    candidate = trimHandle(base, MAX_HANDLE - digits.length) + digits;
    key = candidate.replace(/[._]/g, '');
  }
  taken.add(key);
  return candidate;
}

/** Cuts to `max` characters without leaving a dot or underscore at the end. */
function trimHandle(handle: string, max: number): string {
  let cut = handle.length > max ? handle.slice(0, max) : handle;
  while (cut.endsWith('.') || cut.endsWith('_')) cut = cut.slice(0, -1);
  return cut;
}

function channelId(random: Random): string {
  let id = 'UC';
  for (let i = 0; i < 22; i++) id += CHANNEL_ALPHABET[Math.floor(random.next() * 64)];
  return id;
}

function customLink(form: CustomLinkForm, handle: string, slug: string): string {
  switch (form) {
    case 'site': return `https://www.${slug}.com`;
    case 'linktree': return `https://linktr.ee/${handle}`;
    case 'facebook': return `https://www.facebook.com/${handle}`;
    case 'beacons': return `https://beacons.ai/${handle}`;
    case 'none': return '';
  }
}

function makeEmail(form: EmailForm, first: NamePart, last: NamePart, handle: string, slug: string, random: Random): string {
  switch (form) {
    case 'personal': return `${handle}@${random.pick(FREEMAIL)}`;
    case 'business': return `${handle}.business@${random.pick(FREEMAIL)}`;
    case 'contact': return `${random.pick(['hello', 'contact', 'collab', 'partnerships'])}@${slug}.com`;
    case 'agency': return `${first.latin}.${last.latin}+${slug}@${random.pick(AGENCIES)}`;
  }
}

function nickname(first: NamePart, handle: string, random: Random): string {
  switch (random.int(0, 2)) {
    case 0: return first.text;
    case 1: return `${first.text} (${random.pick(NICKNAME_TAGS)})`;
    default: return handle;
  }
}

function pickLabels(random: Random): string[] {
  const count = pickLabelCount(random);
  const labelIds: string[] = [];
  while (labelIds.length < count) {
    const id = random.pick(DEMO_LABELS).id;
    if (!labelIds.includes(id)) labelIds.push(id);
  }
  return labelIds;
}

/** Log-distributed from 1k to 50M: most creators are small, a few are huge. */
function followers(random: Random): number {
  return Math.round(10 ** (3 + random.next() * Math.log10(50_000)));
}
