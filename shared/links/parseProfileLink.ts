import type { Platform } from '../influencer';
import { MAX_LINK_LENGTH } from '../schemas/limits';
import { splitLink } from './splitLink';

export type ProfileLinkResult =
  | { ok: true; platform: Platform; platformId: string; link: string }
  | { ok: false; reason: string };

const fail = (reason: string): ProfileLinkResult => ({ ok: false, reason });
const profile = (platform: Platform, platformId: string, link: string): ProfileLinkResult => ({ ok: true, platform, platformId, link });

/**
 * Parses a creator's profile link into its platform, platform id and one normalised link, so
 * the same account pasted in different shapes (scheme or not, www./m./music., sub-pages,
 * tracking queries, mixed case) is recognised as the same influencer. Anything else is
 * refused with a reason a person can act on.
 *
 * platformId — what duplicate detection compares, so each account has exactly one:
 * - YouTube: the channel id `UC…` (24 characters, case kept: ids are case-sensitive);
 *   `@handle`, `c/name` or `user/name`, lower-cased (YouTube treats them case-insensitively).
 *   The prefix keeps the three namespaces apart: `c/foo` and `user/foo` may be different
 *   channels. A handle and a channel id of one channel can only be tied by an online lookup.
 *   A bare `youtube.com/name` is the old custom-URL shortcut and counts as `c/name`.
 * - Instagram: the username, lower-cased.
 * - TikTok: `@user`, lower-cased.
 *
 * Sub-pages of a profile (`/videos`, `/about`, `/reels/`, `/tagged/`) normalise to the profile.
 * A TikTok video link (`/@user/video/123`) is refused rather than normalised: the person meant
 * to paste a profile, and the reason names the profile link to use instead.
 */
export function parseProfileLink(input: string): ProfileLinkResult {
  const trimmed = input.trim();
  if (trimmed === '') return fail('Enter a profile link.');
  if (trimmed.length > MAX_LINK_LENGTH) return fail(`The link is longer than ${MAX_LINK_LENGTH} characters.`);
  const link = splitLink(trimmed);
  if (link === null) {
    return fail(`${quote(trimmed)} is not a link. Paste the profile's full link, e.g. youtube.com/@name, instagram.com/name or tiktok.com/@name.`);
  }
  if (link.scheme !== null && link.scheme !== 'http' && link.scheme !== 'https') {
    return fail(`Only web links (http or https) can be profiles, not ${link.scheme}: links.`);
  }

  const host = link.host.replace(/^(?:www|m|mobile|music|studio)\./, '');
  switch (host) {
    case 'youtube.com':
      return parseYouTube(link.segments);
    case 'youtu.be':
    case 'youtube-nocookie.com':
      return fail(YOUTUBE_VIDEO);
    case 'instagram.com':
    case 'instagr.am':
      return parseInstagram(link.segments);
    case 'tiktok.com':
      return parseTikTok(link.segments);
    case 'vm.tiktok.com':
    case 'vt.tiktok.com':
      return fail(TIKTOK_SHORT);
    default:
      return fail(`This is a link to ${link.host.replace(/^www\./, '')}, not a YouTube, Instagram or TikTok profile.`);
  }
}

function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

// ---- YouTube ----

const YOUTUBE_VIDEO = "This is a YouTube video link, not a channel. Open the video and use its channel's link instead.";
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
// Handles: 3–30 letters of any script (with their combining marks), digits, _ - . and ·.
const HANDLE = /^@[\p{L}\p{M}\p{N}_.·-]{3,30}$/u;
const LEGACY_NAME = /^[\p{L}\p{M}\p{N}_.-]{1,100}$/u;
// The bare youtube.com/name shortcut never had dots; this also keeps robots.txt and the like out.
const BARE_NAME = /^[\p{L}\p{M}\p{N}_-]{1,100}$/u;
const VIDEO_PATHS = new Set(['watch', 'embed', 'v', 'e', 'live', 'clip']);
/** First path segments that are YouTube pages, not channels. */
const YOUTUBE_PAGES = new Set([
  'results', 'feed', 'hashtag', 'post', 'premium', 'account', 'about', 'kids', 'gaming', 'music', 'redirect',
  'signin', 'logout', 'upload', 'attribution_link', 'playables', 'podcasts', 'courses', 'movies', 'store',
  'trending', 'subscriptions', 'library', 'history', 'howyoutubeworks', 'creators', 'ads', 't', 'new',
  'supported_browsers', 'reporthistory', 'paid_memberships', 'select_site', 'browse', 'channel', 'c', 'user',
]);
/** Tabs of a channel page: youtube.com/name/<tab> is still that channel. */
const CHANNEL_TABS = new Set([
  'videos', 'shorts', 'streams', 'live', 'playlists', 'podcasts', 'releases', 'community', 'posts',
  'featured', 'about', 'channels', 'store', 'search', 'courses', 'membership', 'join',
]);

function parseYouTube(segments: readonly string[]): ProfileLinkResult {
  const [first, second] = segments;
  if (first === undefined) return fail("This is the YouTube home page. Use a channel's link, e.g. youtube.com/@name.");
  const lower = first.toLowerCase();
  if (VIDEO_PATHS.has(lower)) return fail(YOUTUBE_VIDEO);
  if (lower === 'shorts') return fail("This is a YouTube Shorts link, not a channel. Open the Short and use its channel's link instead.");
  if (lower === 'playlist') return fail('This is a YouTube playlist link, not a channel.');

  // YouTube Music artist pages ("browse/UC…") are channels too.
  if (lower === 'channel' || (lower === 'browse' && second !== undefined && CHANNEL_ID.test(second))) {
    if (second === undefined) return fail('This YouTube channel link has no channel ID after /channel/.');
    if (!CHANNEL_ID.test(second)) {
      return fail(`A YouTube channel ID starts with "UC" and has 24 letters, digits, - or _; ${quote(second)} does not.`);
    }
    return profile('youtube', second, `https://www.youtube.com/channel/${second}`);
  }
  if (first.startsWith('@')) {
    if (!HANDLE.test(first)) return fail('A YouTube handle has 3 to 30 letters, digits, dots, dashes or underscores after the @.');
    const handle = first.toLowerCase();
    return profile('youtube', handle, `https://www.youtube.com/${handle}`);
  }
  if (lower === 'c' || lower === 'user') {
    if (second === undefined) return fail(`This YouTube /${lower}/ link has no channel name.`);
    if (!LEGACY_NAME.test(second)) return fail(`${quote(second)} is not a YouTube channel name.`);
    const name = second.toLowerCase();
    return profile('youtube', `${lower}/${name}`, `https://www.youtube.com/${lower}/${name}`);
  }
  if (!YOUTUBE_PAGES.has(lower) && BARE_NAME.test(first) && (second === undefined || CHANNEL_TABS.has(second.toLowerCase()))) {
    return profile('youtube', `c/${lower}`, `https://www.youtube.com/c/${lower}`);
  }
  return fail('This YouTube link is not a channel. Use a link like youtube.com/@name or youtube.com/channel/UC….');
}

// ---- Instagram ----

const INSTAGRAM_USERNAME = /^[a-z0-9._]{1,30}$/;
const INSTAGRAM_ONLINE_ONLY = "This is an Instagram share link, which can only be opened online. Open it and copy the profile's link (instagram.com/name).";
const INSTAGRAM_INFO = 'This is an Instagram information page, not a profile.';
/** First path segments that are Instagram pages, not usernames (a Map: no prototype keys). */
const INSTAGRAM_PAGES = new Map<string, string>([
  ['p', "This is a link to an Instagram post, not a profile. Open the post and use its author's profile link."],
  ['reel', "This is a link to an Instagram reel, not a profile. Open the reel and use its author's profile link."],
  ['reels', 'This is the Instagram reels feed, not a profile.'],
  ['tv', "This is a link to an Instagram video, not a profile. Open the video and use its author's profile link."],
  ['explore', 'This is an Instagram explore page (tags or places), not a profile.'],
  ['stories', "This is a link to an Instagram story, not a profile. Use the profile's link, e.g. instagram.com/name."],
  ['s', INSTAGRAM_ONLINE_ONLY],
  ['share', INSTAGRAM_ONLINE_ONLY],
  ['invites', INSTAGRAM_ONLINE_ONLY],
  ['accounts', 'This is an Instagram account settings page, not a profile.'],
  ['direct', 'This is a link to Instagram messages, not a profile.'],
  ...['about', 'legal', 'developer', 'privacy', 'terms', 'web', 'press', 'help', 'challenge', 'emails', 'session', 'oauth', 'api', 'graphql', 'static']
    .map((page): [string, string] => [page, INSTAGRAM_INFO]),
]);

function parseInstagram(segments: readonly string[]): ProfileLinkResult {
  const [first] = segments;
  if (first === undefined) return fail('This is the Instagram home page. Use a profile link, e.g. instagram.com/name.');
  const username = first.replace(/^@/, '').toLowerCase();
  const page = INSTAGRAM_PAGES.get(username);
  if (page !== undefined) return fail(page);
  if (!INSTAGRAM_USERNAME.test(username) || username.startsWith('.') || username.endsWith('.') || username.includes('..')) {
    return fail(`${quote(first)} is not an Instagram username: it has up to 30 letters, digits, dots or underscores, and no dot at either end or two in a row.`);
  }
  return profile('instagram', username, `https://www.instagram.com/${username}/`);
}

// ---- TikTok ----

const TIKTOK_SHORT = "This is a TikTok short link, which can only be opened online. Open it and copy the profile's link (tiktok.com/@name).";
const TIKTOK_USER = /^@[a-z0-9._]{2,24}$/;

function parseTikTok(segments: readonly string[]): ProfileLinkResult {
  const [first, second] = segments;
  if (first === undefined) return fail('This is the TikTok home page. Use a profile link, e.g. tiktok.com/@name.');
  const lower = first.toLowerCase();
  if (lower === 't') return fail(TIKTOK_SHORT);
  if (lower === 'embed' || lower === 'v' || lower === 'video') {
    return fail("This is a TikTok video link, not a profile. Open the video and use its author's profile link (tiktok.com/@name).");
  }
  if (!first.startsWith('@')) return fail('This TikTok link is not a profile. A profile link looks like tiktok.com/@name.');
  if (!TIKTOK_USER.test(lower) || lower.endsWith('.')) {
    return fail('A TikTok username has 2 to 24 letters, digits, dots or underscores after the @, and does not end with a dot.');
  }
  const kind = second?.toLowerCase();
  if (kind === 'video' || kind === 'photo') {
    return fail(`This is a link to a TikTok ${kind === 'video' ? 'video' : 'photo post'}, not a profile. Use the profile's link instead: tiktok.com/${lower}`);
  }
  return profile('tiktok', lower, `https://www.tiktok.com/${lower}`);
}
