import { CHANNEL_LABELS, type ChannelType } from '../influencer';
import { MAX_LINK_LENGTH } from '../schemas/limits';
import { parseProfileLink } from './parseProfileLink';
import { splitLink, type SplitLink } from './splitLink';
import { validateWebLink } from './validateWebLink';

export type ChannelLinkResult =
  | {
      ok: true;
      type: ChannelType;
      /** The normalised link to store: one account, one link, whatever shape was pasted. */
      url: string;
      /** The account on its network (handle, username, page id, phone digits), lower-cased where the network ignores case; null for websites. */
      accountId: string | null;
    }
  | { ok: false; reason: string };

/**
 * Classifies and normalises a link to one of a person's channels (reference 003: one contact,
 * accounts on several networks): YouTube, Instagram and TikTok profiles as parseProfileLink
 * reads them; X and Facebook profiles; WhatsApp numbers (wa.me links or a phone number with
 * its country code); anything else on the web is a website.
 *
 * `expected` is the type the person chose, when the form asks for one: it lets a bare handle
 * ("@jack" for X) or a phone number stand for the link, and a link of another type is refused
 * rather than silently filed elsewhere.
 */
export function parseChannelLink(input: string, expected?: ChannelType): ChannelLinkResult {
  const trimmed = input.trim();
  if (trimmed === '') return fail('Enter a link.');
  if (trimmed.length > MAX_LINK_LENGTH) return fail(`The link is longer than ${MAX_LINK_LENGTH} characters.`);
  const result = classify(expandBare(trimmed, expected) ?? trimmed);
  if (expected === undefined || !result.ok || result.type === expected) return result;
  return fail(`This is ${article(result.type)} ${CHANNEL_LABELS[result.type]} link, not ${article(expected)} ${CHANNEL_LABELS[expected]} one.`);
}

function fail(reason: string): ChannelLinkResult {
  return { ok: false, reason };
}

function article(type: ChannelType): string {
  return type === 'instagram' || type === 'x' ? 'an' : 'a';
}

const PHONE = /^\+?[\d\s().-]{7,24}$/;
const BARE_HANDLE = /^@?[\p{L}\p{N}_.-]{1,100}$/u;

/** A bare handle or phone number, read as the chosen type's link; null when it is not one. */
function expandBare(text: string, expected: ChannelType | undefined): string | null {
  if (PHONE.test(text) && (expected === undefined || expected === 'whatsapp')) return `https://wa.me/${text.replace(/\D/g, '')}`;
  // With a network chosen, text without a slash is its handle: "selena.gomez" on Instagram is
  // a username, not a domain.
  if (expected === undefined || !BARE_HANDLE.test(text)) return null;
  const name = text.replace(/^@/, '');
  switch (expected) {
    case 'youtube': return `https://www.youtube.com/@${name}`;
    case 'instagram': return `https://www.instagram.com/${name}`;
    case 'tiktok': return `https://www.tiktok.com/@${name}`;
    case 'x': return `https://x.com/${name}`;
    case 'facebook': return `https://www.facebook.com/${name}`;
    default: return null;
  }
}

function classify(text: string): ChannelLinkResult {
  const link = splitLink(text);
  if (link === null) return fail(`"${text.length > 60 ? `${text.slice(0, 57)}…` : text}" is not a link. A link looks like example.com or https://x.com/name.`);
  if (link.scheme !== null && link.scheme !== 'http' && link.scheme !== 'https') return fail(`Only web links (http or https) are allowed, not ${link.scheme}: links.`);
  const host = link.host.replace(/^(?:www|m|mobile|web)\./, '');
  switch (host) {
    case 'youtube.com': case 'music.youtube.com': case 'studio.youtube.com': case 'youtu.be': case 'youtube-nocookie.com':
    case 'instagram.com': case 'instagr.am':
    case 'tiktok.com': case 'vm.tiktok.com': case 'vt.tiktok.com': {
      const profile = parseProfileLink(text);
      return profile.ok ? { ok: true, type: profile.platform, url: profile.link, accountId: profile.platformId.toLowerCase() } : fail(profile.reason);
    }
    case 'x.com': case 'twitter.com':
      return parseX(link);
    case 'facebook.com': case 'fb.com': case 'fb.me':
      return parseFacebook(link);
    case 'wa.me': case 'whatsapp.com': case 'api.whatsapp.com': case 'chat.whatsapp.com':
      return parseWhatsApp(link, host);
    default: {
      const web = validateWebLink(text);
      return web.ok ? { ok: true, type: 'website', url: web.link, accountId: null } : fail(web.reason);
    }
  }
}

// ---- X (Twitter) ----

const X_HANDLE = /^[a-z0-9_]{1,15}$/;
/** First path segments that are X pages, not accounts. */
const X_PAGES = new Set([
  'home', 'explore', 'search', 'settings', 'i', 'intent', 'share', 'hashtag', 'messages', 'notifications', 'login', 'logout',
  'signup', 'tos', 'privacy', 'compose', 'account', 'who_to_follow', 'jobs', 'communities', 'lists', 'bookmarks',
]);

function parseX(link: SplitLink): ChannelLinkResult {
  const [first, second] = link.segments;
  if (first === undefined) return fail("This is X's home page. Use a profile link, e.g. x.com/name.");
  const handle = first.replace(/^@/, '').toLowerCase();
  if (X_PAGES.has(handle)) return fail('This X link is not a profile. A profile link looks like x.com/name.');
  if (!X_HANDLE.test(handle)) return fail(`"${first}" is not an X username: it has 1 to 15 letters, digits or underscores.`);
  if (second?.toLowerCase() === 'status') return fail(`This is a link to a post on X, not a profile. Use the profile's link instead: x.com/${handle}`);
  return { ok: true, type: 'x', url: `https://x.com/${handle}`, accountId: handle };
}

// ---- Facebook ----

const FACEBOOK_NAME = /^[a-z0-9.-]{1,80}$/;
const FACEBOOK_PAGES = new Map<string, string>([
  ['groups', 'This is a Facebook group, not a person or page.'],
  ['events', 'This is a Facebook event, not a person or page.'],
  ['watch', 'This is a Facebook video link, not a profile.'],
  ['reel', 'This is a Facebook reel, not a profile.'],
  ['photo', 'This is a Facebook photo, not a profile.'],
  ['photo.php', 'This is a Facebook photo, not a profile.'],
  ['story.php', 'This is a Facebook post, not a profile.'],
  ['permalink.php', 'This is a Facebook post, not a profile.'],
  ['share', "This is a Facebook share link, which can only be opened online. Open it and copy the profile's link."],
  ['sharer', 'This is a Facebook share link, not a profile.'],
  ['sharer.php', 'This is a Facebook share link, not a profile.'],
  ['hashtag', 'This is a Facebook hashtag page, not a profile.'],
  ['marketplace', 'This is Facebook Marketplace, not a profile.'],
  ['login', 'This is the Facebook login page, not a profile.'],
  ['home.php', "This is Facebook's home page, not a profile."],
  ['search', 'This is a Facebook search, not a profile.'],
]);

function parseFacebook(link: SplitLink): ChannelLinkResult {
  const [first, second, third] = link.segments;
  if (first === undefined) return fail("This is Facebook's home page. Use a profile or page link, e.g. facebook.com/name.");
  const lower = first.toLowerCase();
  if (lower === 'profile.php') {
    const id = /(?:^|&)id=(\d{1,25})(?:&|$)/.exec(link.query)?.[1];
    if (id === undefined) return fail('This Facebook profile link has no profile number (profile.php?id=…).');
    return byId(id);
  }
  // facebook.com/people/Jane-Doe/1000123/ and the older facebook.com/pages/Name/123
  if ((lower === 'people' || lower === 'pages') && third !== undefined && /^\d{1,25}$/.test(third)) return byId(third);
  const page = FACEBOOK_PAGES.get(lower);
  if (page !== undefined) return fail(page);
  if (second !== undefined && /^(?:posts|videos|photos)$/i.test(second) && link.segments.length > 2) {
    return fail(`This is a link to a Facebook post, not a profile. Use the profile's link instead: facebook.com/${lower}`);
  }
  if (!FACEBOOK_NAME.test(lower)) return fail(`"${first}" is not a Facebook username: it has letters, digits and dots.`);
  return { ok: true, type: 'facebook', url: `https://www.facebook.com/${lower}`, accountId: lower };
}

function byId(id: string): ChannelLinkResult {
  return { ok: true, type: 'facebook', url: `https://www.facebook.com/profile.php?id=${id}`, accountId: id };
}

// ---- WhatsApp ----

// E.164: at most 15 digits with the country code; 7 rules out short codes and typos.
const PHONE_DIGITS = /^\d{7,15}$/;
const NEEDS_COUNTRY_CODE = 'A WhatsApp number has 7 to 15 digits, starting with the country code (e.g. +34 612 345 678).';

function parseWhatsApp(link: SplitLink, host: string): ChannelLinkResult {
  if (host === 'chat.whatsapp.com') return fail("This is a WhatsApp group invite, not a person's number.");
  const [first, second] = link.segments;
  if (host === 'wa.me' && first !== undefined && first.toLowerCase() === 'message' && second !== undefined && /^[A-Za-z0-9]{1,64}$/.test(second)) {
    // A WhatsApp Business short link: opaque, kept as it is.
    return { ok: true, type: 'whatsapp', url: `https://wa.me/message/${second}`, accountId: `message/${second.toLowerCase()}` };
  }
  if (host === 'whatsapp.com' && first?.toLowerCase() === 'channel' && second !== undefined && /^[A-Za-z0-9]{1,64}$/.test(second)) {
    return { ok: true, type: 'whatsapp', url: `https://whatsapp.com/channel/${second}`, accountId: `channel/${second.toLowerCase()}` };
  }
  const phone = host === 'wa.me' ? first : /(?:^|&)phone=([^&]*)/.exec(link.query)?.[1];
  if (phone === undefined) return fail('This WhatsApp link has no phone number. Use wa.me/ followed by the number with its country code.');
  const digits = decodeURIComponentSafe(phone).replace(/[\s+().-]/g, '');
  if (!PHONE_DIGITS.test(digits)) return fail(NEEDS_COUNTRY_CODE);
  return { ok: true, type: 'whatsapp', url: `https://wa.me/${digits}`, accountId: digits };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
