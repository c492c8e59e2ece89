import type { Channel, Influencer, Platform } from '../influencer';
import type { Random } from './createRandom';
import { weightedPicker } from './weightedPicker';

/** The main language where the demo names' countries are (ISO 639-1). */
const LANGUAGE_BY_COUNTRY: Readonly<Record<string, string>> = {
  US: 'en', GB: 'en', CA: 'en', AU: 'en', IE: 'en', NZ: 'en', SG: 'en',
  ES: 'es', MX: 'es', AR: 'es', FR: 'fr', DE: 'de', BR: 'pt', PT: 'pt', TR: 'tr', PL: 'pl', DK: 'da',
  RU: 'ru', UA: 'uk', KZ: 'ru', RS: 'sr', BG: 'bg', CN: 'zh', TW: 'zh', HK: 'zh', JP: 'ja', KR: 'ko',
  AE: 'ar', SA: 'ar', EG: 'ar', MA: 'ar', JO: 'ar', IN: 'hi', NP: 'ne', TH: 'th',
};

const pickContractLate = weightedPicker<string | null>([['contract_signed', 75], ['contract_sent', 15], [null, 10]]);
const pickContractNegotiating = weightedPicker<string | null>([['contract_sent', 30], [null, 70]]);
const pickPaymentPosted = weightedPicker<string | null>([['paid_fully', 50], ['payment_pending', 25], ['paid_50_percent', 15], [null, 10]]);
const pickPaymentDrafting = weightedPicker<string | null>([['pre_payment_made', 30], ['paid_50_percent', 15], [null, 55]]);

export type DemoExtraFields = Required<Pick<Influencer, 'contractStatus' | 'paymentStatus' | 'qualityScore' | 'language'>> & Pick<Influencer, 'channels'>;

/**
 * The schema version 1 fields of a demo influencer, drawn from their own random stream so
 * the version 0 fields stay what they were for a seed: Contract and Payment statuses that fit
 * the collaboration stage, a quality score for most platform influencers, the language of
 * the country, and for some creators their account on another network under the same
 * (unique) handle. Email sources are left out on purpose: see generateDemoInfluencers.
 */
export function demoExtraFields(random: Random, inf: { platform: Platform | null; status: string; country: string | null; handle: string }): DemoExtraFields {
  const { status } = inf;
  const late = status === 'brief_sent' || status === 'waiting_for_draft' || status === 'draft_approved' || status === 'content_posted';
  const contractStatus = late ? pickContractLate(random) : status === 'negotiating' ? pickContractNegotiating(random) : null;
  const paymentStatus = status === 'content_posted' ? pickPaymentPosted(random)
    : status === 'waiting_for_draft' || status === 'draft_approved' ? pickPaymentDrafting(random)
    : null;
  // The mean of two draws: most scores in the middle, few at the ends.
  const qualityScore = inf.platform !== null && random.chance(0.85) ? Math.round(10 + 44 * (random.next() + random.next())) : null;
  const language = inf.country !== null && random.chance(0.9) ? (LANGUAGE_BY_COUNTRY[inf.country] ?? null) : null;
  const fields: DemoExtraFields = { contractStatus, paymentStatus, qualityScore, language };
  if (inf.platform !== null && random.chance(0.15)) fields.channels = otherAccounts(inf.platform, inf.handle, random);
  return fields;
}

function otherAccounts(platform: Platform, handle: string, random: Random): Channel[] {
  const channels: Channel[] = platform === 'instagram'
    ? [{ type: 'tiktok', url: `https://www.tiktok.com/@${handle}` }]
    : [{ type: 'instagram', url: `https://www.instagram.com/${handle}/` }];
  const xHandle = handle.replace(/\./g, '_');
  if (xHandle.length <= 15 && random.chance(0.4)) channels.push({ type: 'x', url: `https://x.com/${xHandle}` });
  return channels;
}
