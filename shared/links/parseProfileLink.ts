import type { Platform } from '../influencer';
import { splitLink } from './splitLink';

export type ProfileLinkResult =
  | { ok: true; platform: Platform; platformId: string; link: string }
  | { ok: false; reason: string };

const NOT_PROFILE = 'a YouTube, Instagram or TikTok profile';
const fail = (reason: string): ProfileLinkResult => ({ ok: false, reason });

/**
 * Parses a creator's profile link into its platform, platform id and one normalised link,
 * so the same account typed in different shapes is recognised as the same influencer.
 *
 * platformId scheme (what duplicate detection compares):
 * - YouTube: the channel id (`UC…`, case kept), or `@handle`, `c/name`, `user/name`, lower-cased
 *   (a handle and a channel id of one channel can only be tied together by a lookup).
 * - Instagram: the username, lower-cased.  TikTok: `@user`, lower-cased.
 * Sub-pages of a profile (`/videos`, `/about`, `/reels/`, …) normalise to the profile.
 */
export function parseProfileLink(input: string): ProfileLinkResult {
  if (input.trim() === '') return fail('Enter a profile link.');
  const link = splitLink(input);
  if (link === null) return fail(`"${input.trim()}" is not a link.`);
  if (link.scheme !== null && link.scheme !== 'http' && link.scheme !== 'https') {
    return fail(`Only web links (http or https) can be profiles, not ${link.scheme}: links.`);
  }
  const host = link.host.replace(/^(www|m|music|mobile)\./, '');
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'youtube-nocookie.com') return parseYouTube(host, link.segments, link.query);
  if (host === 'instagram.com' || host === 'instagr.am') return parseInstagram(link.segments);
  if (host === 'tiktok.com' || host === 'vm.tiktok.com' || host === 'vt.tiktok.com') return parseTikTok(link.host, link.segments);
  return fail(`This is a link to ${host}, not ${NOT_PROFILE}.`);
}

const YOUTUBE_VIDEO = 'This is a YouTube video link, not a channel. Open the video and use its channel\'s link instead.';
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
const HANDLE = /^@[\p{L}\p{N}._-]{3,30}$/u;
const LEGACY_NAME = /^[\p{L}\p{N}._-]{1,100}$/u;
const YOUTUBE_RESERVED = new Set([
  'watch', 'shorts', 'playlist', 'embed', 'live', 'results', 'feed', 'channel', 'c', 'user', 'hashtag', 'post',
  'premium', 'account', 'about', 'kids', 'gaming', 'music', 'redirect', 'signin', 'logout', 'upload', 'v', 'e',
]);

function parseYouTube(host: string, segments: string[], query: string): ProfileLinkResult {
  const [first, second] = segments;
  if (host === 'youtu.be' || first === 'watch' || first === 'embed' || first === 'v' || first === 'live') return fail(YOUTUBE_VIDEO);
  if (first === 'shorts') return fail('This is a YouTube Shorts link, not a channel. Use the channel\'s link instead.');
  if (first === 'playlist' || /(^|&)list=/.test(query)) return fail('This is a YouTube playlist link, not a channel.');
  if (first === undefined) return fail('This is the YouTube home page. Use a channel\'s link, e.g. youtube.com/@name.');
  if (first === 'channel') {
    if (second === undefined || !CHANNEL_ID.test(second)) {
      return fail('A YouTube channel ID starts with "UC" and has 24 characters; this one does not.');
    }
    return { ok: true, platform: 'youtube', platformId: second, link: `https://www.youtube.com/channel/${second}` };
  }
  if (first.startsWith('@')) {
    if (!HANDLE.test(first)) return fail('A YouTube handle has 3 to 30 letters, digits, dots, dashes or underscores after the @.');
    const handle = first.toLowerCase();
    return { ok: true, platform: 'youtube', platformId: handle, link: `https://www.youtube.com/${handle}` };
  }
  if (first === 'c' || first === 'user') {
    if (second === undefined || !LEGACY_NAME.test(second)) return fail(`The YouTube /${first}/ link has no channel name.`);
    const name = second.toLowerCase();
    return { ok: true, platform: 'youtube', platformId: `${first}/${name}`, link: `https://www.youtube.com/${first}/${name}` };
  }
  if (!YOUTUBE_RESERVED.has(first) && LEGACY_NAME.test(first) && (second === undefined || ['videos', 'featured', 'about', 'streams', 'playlists', 'community'].includes(second))) {
    // Old custom URLs (youtube.com/name) still resolve to channels.
    const name = first.toLowerCase();
    return { ok: true, platform: 'youtube', platformId: `c/${name}`, link: `https://www.youtube.com/c/${name}` };
  }
  return fail(`This YouTube link is not a channel. Use a link like youtube.com/@name or youtube.com/channel/UC….`);
}

const INSTAGRAM_USERNAME = /^[a-z0-9._]{1,30}$/;
const INSTAGRAM_NOT_PROFILE: Record<string, string> = {
  p: 'This is an Instagram post link, not a profile.',
  reel: 'This is an Instagram reel link, not a profile.',
  reels: 'This is an Instagram reels link, not a profile.',
  tv: 'This is an Instagram video link, not a profile.',
  explore: 'This is an Instagram explore page, not a profile.',
  stories: 'This is an Instagram story link, not a profile.',
  accounts: 'This is an Instagram account settings page, not a profile.',
  direct: 'This is an Instagram messages link, not a profile.',
  about: 'This is an Instagram information page, not a profile.',
  legal: 'This is an Instagram information page, not a profile.',
  developer: 'This is an Instagram information page, not a profile.',
};

function parseInstagram(segments: string[]): ProfileLinkResult {
  const [first] = segments;
  if (first === undefined) return fail('This is the Instagram home page. Use a profile link, e.g. instagram.com/name.');
  const reason = INSTAGRAM_NOT_PROFILE[first.toLowerCase()];
  if (reason !== undefined) return fail(reason);
  const username = first.replace(/^@/, '').toLowerCase();
  if (!INSTAGRAM_USERNAME.test(username) || username.startsWith('.') || username.endsWith('.') || username.includes('..')) {
    return fail('An Instagram username has up to 30 letters, digits, dots or underscores.');
  }
  return { ok: true, platform: 'instagram', platformId: username, link: `https://www.instagram.com/${username}/` };
}

const TIKTOK_USER = /^@[a-z0-9._]{2,24}$/;

function parseTikTok(host: string, segments: string[]): ProfileLinkResult {
  if (host.startsWith('vm.') || host.startsWith('vt.')) {
    return fail('This is a TikTok short link, which can only be opened online. Open it and copy the profile\'s link (tiktok.com/@name).');
  }
  const [first, second] = segments;
  if (first === undefined) return fail('This is the TikTok home page. Use a profile link, e.g. tiktok.com/@name.');
  if (!first.startsWith('@')) return fail('This TikTok link is not a profile. A profile link looks like tiktok.com/@name.');
  if (second === 'video' || second === 'photo') return fail('This is a TikTok video link, not a profile. Use tiktok.com/' + first.toLowerCase() + ' instead.');
  const user = first.toLowerCase();
  if (!TIKTOK_USER.test(user)) return fail('A TikTok username has 2 to 24 letters, digits, dots or underscores after the @.');
  return { ok: true, platform: 'tiktok', platformId: user, link: `https://www.tiktok.com/${user}` };
}
