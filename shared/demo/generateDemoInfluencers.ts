import type { Influencer, InfluencerSource, Platform } from '../influencer';
import { COLLABORATION_STATUSES } from '../statuses';
import { createRandom, type Random } from './createRandom';
import { DEMO_LABELS } from './demoLabels';
import { DEMO_MEMBERS } from './demoMembers';
import { NAME_SCRIPT_WEIGHTS, NAME_SCRIPTS } from './demoNames';

export interface DemoInfluencerOptions {
  count: number;
  seed: number;
  /** The newest timestamp the data may have (ms). */
  now: number;
  /** Who adds the demo data: the creator of most documents. */
  actorId: string;
}

const TWO_YEARS = 2 * 365 * 24 * 3600 * 1000;
const EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'creatorsmgmt.com', 'talent-house.io', 'hey.com'];
const STATUS_WEIGHTS = [40, 12, 5, 8, 5, 9, 6, 5, 3, 3, 2, 2];
const CHANNEL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const SOURCES: readonly InfluencerSource[] = ['manual', 'import', 'status_change', 'email'];

type Kind = Platform | 'custom';
const KINDS: readonly Kind[] = ['youtube', 'instagram', 'tiktok', 'custom'];
const KIND_WEIGHTS = [45, 30, 20, 5];

function channelId(random: Random): string {
  let id = 'UC';
  for (let i = 0; i < 22; i++) id += CHANNEL_ALPHABET[Math.floor(random.next() * 64)];
  return id;
}

/** Log-distributed follower counts from 1k to 50M: most creators are small. */
function followers(random: Random): number {
  return Math.round(10 ** (3 + random.next() * Math.log10(50_000)));
}

/**
 * Realistic influencers for demos, tests and benchmarks: a platform mix, names in several
 * scripts, consistent links and platform ids, emails for most, weighted statuses, labels,
 * liaisons and dates over the last two years. Deterministic for a given seed.
 */
export function generateDemoInfluencers(options: DemoInfluencerOptions): Influencer[] {
  const random = createRandom(options.seed);
  const result: Influencer[] = new Array(options.count);
  const statusIds = COLLABORATION_STATUSES.map((s) => s.id);
  const actors = [options.actorId, ...DEMO_MEMBERS.map((m) => m.id)];
  for (let i = 0; i < options.count; i++) {
    const script = random.weighted(NAME_SCRIPTS, NAME_SCRIPT_WEIGHTS);
    const first = random.pick(script.first);
    const last = random.pick(script.last);
    const name = script.familyFirst ? `${last.text}${first.text}` : `${first.text} ${last.text}`;
    // The index keeps every handle unique; base 36 keeps it short.
    const suffix = i.toString(36);
    const handle = `${first.latin}${random.pick(['', '.', '_'])}${last.latin}${suffix}`.slice(0, 24);
    const kind = random.weighted(KINDS, KIND_WEIGHTS);

    let platform: Platform | null = null;
    let platformId: string | null = null;
    let link = '';
    if (kind === 'youtube') {
      platform = 'youtube';
      if (random.chance(0.4)) {
        platformId = channelId(random);
        link = `https://www.youtube.com/channel/${platformId}`;
      } else {
        platformId = `@${handle.replace(/_/g, '-')}`;
        link = `https://www.youtube.com/${platformId}`;
      }
    } else if (kind === 'instagram') {
      platform = 'instagram';
      platformId = handle.replace(/\.(?=\.)|^\.|\.$/g, '');
      link = `https://www.instagram.com/${platformId}/`;
    } else if (kind === 'tiktok') {
      platform = 'tiktok';
      platformId = `@${handle}`;
      link = `https://www.tiktok.com/${platformId}`;
    } else if (random.chance(0.6)) {
      link = `https://${first.latin}${last.latin}${suffix}.com`;
    }

    const email = random.chance(0.7) ? `${first.latin}.${last.latin}${suffix}@${random.pick(EMAIL_DOMAINS)}` : null;
    const createdAt = Math.floor(options.now - random.next() * TWO_YEARS);
    const updatedAt = Math.min(options.now, createdAt + Math.floor(random.next() * (options.now - createdAt)));
    const labelCount = random.weighted([0, 1, 2, 3], [45, 35, 15, 5]);
    const labelIds: string[] = [];
    for (let n = 0; n < labelCount; n++) {
      const id = random.pick(DEMO_LABELS).id;
      if (!labelIds.includes(id)) labelIds.push(id);
    }
    const creator = random.chance(0.7) ? options.actorId : random.pick(actors);

    result[i] = {
      id: random.uuid(),
      kind: platform === null ? 'custom' : 'platform',
      platform,
      platformId,
      officialName: name,
      customName: random.chance(0.1) ? `${first.text} (${random.pick(['brand', 'agency', 'VIP', 'new'])})` : null,
      link,
      email,
      status: random.weighted(statusIds, STATUS_WEIGHTS),
      labelIds,
      liaisonId: random.chance(0.85) ? random.pick(actors) : null,
      archived: random.chance(0.03),
      source: random.weighted(SOURCES, [55, 35, 7, 3]),
      followers: platform === null && random.chance(0.7) ? null : followers(random),
      country: random.pick(script.countries),
      createdAt,
      updatedAt,
      createdBy: creator,
      updatedBy: random.chance(0.6) ? creator : random.pick(actors),
    };
  }
  return result;
}
