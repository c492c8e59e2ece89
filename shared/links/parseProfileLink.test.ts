import { describe, expect, it } from 'vitest';
import { parseProfileLink } from './parseProfileLink';

const UC = 'UC_x5XG1OV2P6uZZ5FSM9Ttw';
const CHANNEL = `https://www.youtube.com/channel/${UC}`;

describe('parseProfileLink accepts real-world profile links', () => {
  it.each([
    // YouTube channel ids: the id keeps its case, whatever the rest of the link looks like.
    [`https://www.youtube.com/channel/${UC}`, 'youtube', UC, CHANNEL],
    [`http://youtube.com/channel/${UC}/`, 'youtube', UC, CHANNEL],
    [`youtube.com/channel/${UC}/videos`, 'youtube', UC, CHANNEL],
    [`www.youtube.com/channel/${UC}/about`, 'youtube', UC, CHANNEL],
    [`https://m.youtube.com/channel/${UC}/about?view=0`, 'youtube', UC, CHANNEL],
    [`  https://www.youtube.com/channel/${UC}#top  `, 'youtube', UC, CHANNEL],
    [`\thttps://www.youtube.com/channel/${UC}\n`, 'youtube', UC, CHANNEL],
    [`HTTPS://WWW.YOUTUBE.COM/channel/${UC}`, 'youtube', UC, CHANNEL],
    [`https://www.YouTube.com/Channel/${UC}`, 'youtube', UC, CHANNEL],
    [`https://music.youtube.com/channel/${UC}`, 'youtube', UC, CHANNEL],
    [`https://music.youtube.com/browse/${UC}`, 'youtube', UC, CHANNEL],
    [`https://studio.youtube.com/channel/${UC}/videos/upload`, 'youtube', UC, CHANNEL],
    [`https://www.youtube.com/channel/${UC}?sub_confirmation=1`, 'youtube', UC, CHANNEL],
    [`https://www.youtube.com:443/channel/${UC}`, 'youtube', UC, CHANNEL],
    [`https://www.youtube.com./channel/${UC}`, 'youtube', UC, CHANNEL],
    [`<https://www.youtube.com/channel/${UC}>`, 'youtube', UC, CHANNEL],
    // YouTube handles: lower-cased, sub-pages dropped, any script.
    ['https://www.youtube.com/@MrBeast', 'youtube', '@mrbeast', 'https://www.youtube.com/@mrbeast'],
    ['youtube.com/@mkbhd/videos', 'youtube', '@mkbhd', 'https://www.youtube.com/@mkbhd'],
    ['youtube.com/@mkbhd/shorts', 'youtube', '@mkbhd', 'https://www.youtube.com/@mkbhd'],
    ['www.youtube.com/@veritasium?si=abc', 'youtube', '@veritasium', 'https://www.youtube.com/@veritasium'],
    ['https://m.youtube.com/@Kurzgesagt/featured', 'youtube', '@kurzgesagt', 'https://www.youtube.com/@kurzgesagt'],
    ['https://www.youtube.com/@3blue1brown/', 'youtube', '@3blue1brown', 'https://www.youtube.com/@3blue1brown'],
    ['https://www.youtube.com/@tech.with-tim_', 'youtube', '@tech.with-tim_', 'https://www.youtube.com/@tech.with-tim_'],
    ['https://www.youtube.com/@%E3%81%AF%E3%81%98%E3%82%81', 'youtube', '@はじめ', 'https://www.youtube.com/@はじめ'],
    ['youtube.com/@Игорь_Блог', 'youtube', '@игорь_блог', 'https://www.youtube.com/@игорь_блог'],
    ['youtube.com/@प्रिया_वर्मा', 'youtube', '@प्रिया_वर्मा', 'https://www.youtube.com/@प्रिया_वर्मा'],
    ['//www.youtube.com/@MrBeast/community?lb=x', 'youtube', '@mrbeast', 'https://www.youtube.com/@mrbeast'],
    ['"https://www.youtube.com/@MrBeast"', 'youtube', '@mrbeast', 'https://www.youtube.com/@mrbeast'],
    // YouTube legacy custom and user URLs, kept apart by their prefix.
    ['https://www.youtube.com/c/LinusTechTips', 'youtube', 'c/linustechtips', 'https://www.youtube.com/c/linustechtips'],
    ['youtube.com/c/LinusTechTips/videos', 'youtube', 'c/linustechtips', 'https://www.youtube.com/c/linustechtips'],
    ['https://www.youtube.com/C/LinusTechTips', 'youtube', 'c/linustechtips', 'https://www.youtube.com/c/linustechtips'],
    ['https://www.youtube.com/user/PewDiePie', 'youtube', 'user/pewdiepie', 'https://www.youtube.com/user/pewdiepie'],
    ['http://m.youtube.com/user/pewdiepie/', 'youtube', 'user/pewdiepie', 'https://www.youtube.com/user/pewdiepie'],
    ['https://www.youtube.com/user/PewDiePie/playlists?view=1', 'youtube', 'user/pewdiepie', 'https://www.youtube.com/user/pewdiepie'],
    ['https://www.youtube.com/LinusTechTips', 'youtube', 'c/linustechtips', 'https://www.youtube.com/c/linustechtips'],
    ['https://www.youtube.com/LinusTechTips/about', 'youtube', 'c/linustechtips', 'https://www.youtube.com/c/linustechtips'],
    ['youtube.com/LinusTechTips/shorts', 'youtube', 'c/linustechtips', 'https://www.youtube.com/c/linustechtips'],
    // Instagram: the username, lower-cased; profile tabs normalise to the profile.
    ['https://www.instagram.com/natgeo/', 'instagram', 'natgeo', 'https://www.instagram.com/natgeo/'],
    ['instagram.com/NatGeo', 'instagram', 'natgeo', 'https://www.instagram.com/natgeo/'],
    ['http://instagram.com/natgeo?hl=en', 'instagram', 'natgeo', 'https://www.instagram.com/natgeo/'],
    ['https://www.instagram.com/natgeo/?utm_source=ig_web_button_share_sheet&igsh=MzRlODBiNWFlZA==', 'instagram', 'natgeo', 'https://www.instagram.com/natgeo/'],
    ['https://m.instagram.com/selena.gomez/', 'instagram', 'selena.gomez', 'https://www.instagram.com/selena.gomez/'],
    ['https://www.instagram.com/the_rock/reels/', 'instagram', 'the_rock', 'https://www.instagram.com/the_rock/'],
    ['https://www.instagram.com/therock/tagged/', 'instagram', 'therock', 'https://www.instagram.com/therock/'],
    ['www.instagram.com/@cristiano', 'instagram', 'cristiano', 'https://www.instagram.com/cristiano/'],
    ['https://instagr.am/nasa', 'instagram', 'nasa', 'https://www.instagram.com/nasa/'],
    ['https://www.instagram.com/user_123.name/#', 'instagram', 'user_123.name', 'https://www.instagram.com/user_123.name/'],
    ['INSTAGRAM.COM/BTS.BIGHITOFFICIAL', 'instagram', 'bts.bighitofficial', 'https://www.instagram.com/bts.bighitofficial/'],
    ['instagram.com/_underscore_', 'instagram', '_underscore_', 'https://www.instagram.com/_underscore_/'],
    ['instagram.com/a', 'instagram', 'a', 'https://www.instagram.com/a/'],
    ['instagram.com/constructor', 'instagram', 'constructor', 'https://www.instagram.com/constructor/'],
    [`instagram.com/${'a'.repeat(30)}`, 'instagram', 'a'.repeat(30), `https://www.instagram.com/${'a'.repeat(30)}/`],
    // TikTok: `@user`, lower-cased.
    ['https://www.tiktok.com/@khaby.lame', 'tiktok', '@khaby.lame', 'https://www.tiktok.com/@khaby.lame'],
    ['tiktok.com/@CharliDAmelio', 'tiktok', '@charlidamelio', 'https://www.tiktok.com/@charlidamelio'],
    ['https://m.tiktok.com/@bellapoarch?lang=en', 'tiktok', '@bellapoarch', 'https://www.tiktok.com/@bellapoarch'],
    ['https://www.tiktok.com/@zachking/', 'tiktok', '@zachking', 'https://www.tiktok.com/@zachking'],
    ['https://www.tiktok.com/@zachking?_t=8kQ&_r=1', 'tiktok', '@zachking', 'https://www.tiktok.com/@zachking'],
    ['https://www.tiktok.com/@zachking/live', 'tiktok', '@zachking', 'https://www.tiktok.com/@zachking'],
    ['http://tiktok.com/@user_1.2', 'tiktok', '@user_1.2', 'https://www.tiktok.com/@user_1.2'],
    ['//www.tiktok.com/@addisonre', 'tiktok', '@addisonre', 'https://www.tiktok.com/@addisonre'],
    ['www.tiktok.com/@ab', 'tiktok', '@ab', 'https://www.tiktok.com/@ab'],
  ])('%s', (input, platform, platformId, link) => {
    expect(parseProfileLink(input)).toEqual({ ok: true, platform, platformId, link });
  });
});

describe('parseProfileLink refuses what is not a profile, saying why', () => {
  it.each([
    // Not a link at all.
    ['', /Enter a profile link/],
    ['   ', /Enter a profile link/],
    ['not a link', /is not a link/],
    ['mrbeast', /is not a link.*youtube\.com\/@name/],
    ['@mrbeast', /is not a link/],
    ['youtube', /is not a link/],
    ['youtube.com/@Mr Beast', /is not a link/],
    ['https://user:pass@youtube.com/@mrbeast', /is not a link/],
    ['http://192.168.1.10/@mrbeast', /is not a link/],
    ['https://' + 'a'.repeat(2100) + '.com', /longer than 2048/],
    ['ftp://youtube.com/@x', /Only web links/],
    ['javascript://youtube.com/%0Aalert(1)', /Only web links/],
    // Another site.
    ['https://example.com/@someone', /^This is a link to example\.com, not a YouTube, Instagram or TikTok profile\.$/],
    ['https://www.twitter.com/jack', /link to twitter\.com/],
    ['https://www.facebook.com/natgeo', /link to facebook\.com/],
    ['https://www.threads.net/@natgeo', /link to threads\.net/],
    ['https://youtube.com.evil.example/@mrbeast', /link to youtube\.com\.evil\.example/],
    ['https://notyoutube.com/@mrbeast', /link to notyoutube\.com/],
    // YouTube, but not a channel.
    ['https://youtu.be/dQw4w9WgXcQ', /YouTube video link/],
    ['youtu.be/dQw4w9WgXcQ?si=x', /YouTube video link/],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', /YouTube video link/],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL123', /YouTube video link/],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share', /YouTube video link/],
    ['https://music.youtube.com/watch?v=dQw4w9WgXcQ', /YouTube video link/],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', /YouTube video link/],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', /YouTube video link/],
    ['https://www.youtube.com/live/abc', /YouTube video link/],
    ['https://www.youtube.com/clip/UgkxAbc', /YouTube video link/],
    ['https://www.youtube.com/shorts/abc123', /YouTube Shorts link/],
    ['https://www.youtube.com/playlist?list=PL123', /playlist/],
    ['https://www.youtube.com/', /YouTube home page/],
    ['youtube.com', /YouTube home page/],
    ['https://m.youtube.com/?app=desktop', /YouTube home page/],
    ['https://www.youtube.com/channel/', /no channel ID/],
    ['https://www.youtube.com/channel/UC123', /channel ID starts with "UC" and has 24/],
    ['https://www.youtube.com/channel/XX_x5XG1OV2P6uZZ5FSM9Ttw', /channel ID/],
    [`https://www.youtube.com/channel/${UC}x`, /channel ID/],
    ['https://www.youtube.com/@a', /handle has 3 to 30/],
    [`https://www.youtube.com/@${'a'.repeat(31)}`, /handle/],
    ['https://www.youtube.com/@bad!handle', /handle/],
    ['https://www.youtube.com/c/', /no channel name/],
    ['https://www.youtube.com/user/', /no channel name/],
    ['https://www.youtube.com/c/bad!name', /not a YouTube channel name/],
    ['https://www.youtube.com/results?search_query=cats', /not a channel/],
    ['https://www.youtube.com/feed/trending', /not a channel/],
    ['https://www.youtube.com/hashtag/cats', /not a channel/],
    ['https://www.youtube.com/robots.txt', /not a channel/],
    ['https://www.youtube.com/LinusTechTips/watch', /not a channel/],
    // Instagram, but not a profile.
    ['https://www.instagram.com/', /Instagram home page/],
    ['https://www.instagram.com/p/CxYz123/', /Instagram post/],
    ['https://www.instagram.com/reel/CxYz123/?igsh=abc', /Instagram reel/],
    ['https://www.instagram.com/reels/', /reels feed/],
    ['https://www.instagram.com/tv/CxYz123/', /Instagram video/],
    ['https://www.instagram.com/explore/tags/food/', /explore page/],
    ['https://www.instagram.com/explore/locations/123/paris/', /explore page/],
    ['https://www.instagram.com/stories/natgeo/123/', /Instagram story/],
    ['https://www.instagram.com/s/aGlnaGxpZ2h0OjE3OTg', /only be opened online/],
    ['https://www.instagram.com/share/reel/BAabc', /only be opened online/],
    ['https://www.instagram.com/accounts/login/', /settings page/],
    ['https://www.instagram.com/direct/inbox/', /messages/],
    ['https://www.instagram.com/about/', /information page/],
    ['https://www.instagram.com/bad..name/', /not an Instagram username/],
    ['https://www.instagram.com/.dotfirst', /not an Instagram username/],
    ['https://www.instagram.com/dotlast./', /not an Instagram username/],
    ['https://www.instagram.com/has-dash/', /not an Instagram username/],
    ['https://www.instagram.com/way_too_long_username_for_instagram/', /not an Instagram username/],
    // TikTok, but not a profile.
    ['https://www.tiktok.com/', /TikTok home page/],
    ['https://vm.tiktok.com/ZMabc123/', /TikTok short link/],
    ['https://vt.tiktok.com/ZSabc123/', /TikTok short link/],
    ['https://www.tiktok.com/t/ZTRabc123/', /TikTok short link/],
    ['https://www.tiktok.com/@khaby.lame/video/7123456789', /TikTok video, not a profile.*tiktok\.com\/@khaby\.lame/],
    ['https://www.tiktok.com/@Khaby.Lame/video/7123456789?is_from_webapp=1', /tiktok\.com\/@khaby\.lame$/],
    ['https://www.tiktok.com/@khaby.lame/photo/7123456789', /TikTok photo post/],
    ['https://www.tiktok.com/embed/v2/7123456789', /TikTok video link/],
    ['https://www.tiktok.com/discover/cats', /not a profile/],
    ['https://www.tiktok.com/tag/cats', /not a profile/],
    ['https://www.tiktok.com/khaby.lame', /not a profile/],
    ['https://www.tiktok.com/@x', /TikTok username has 2 to 24/],
    ['https://www.tiktok.com/@user.', /does not end with a dot/],
    ['https://www.tiktok.com/@has-dash', /TikTok username/],
  ])('%s', (input, reason) => {
    const result = parseProfileLink(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('the same account in different shapes', () => {
  it.each([
    ['YouTube handle', ['youtube.com/@MrBeast', 'https://m.youtube.com/@mrbeast/videos', 'HTTP://WWW.YOUTUBE.COM/@MRBEAST?si=x', ' www.youtube.com/@MrBeast/ ']],
    ['YouTube channel id', [`youtube.com/channel/${UC}`, `https://m.youtube.com/channel/${UC}/about`, `music.youtube.com/channel/${UC}?x=1`]],
    ['YouTube custom URL', ['youtube.com/c/Linus', 'https://www.youtube.com/Linus', 'youtube.com/LINUS/videos']],
    ['Instagram', ['instagram.com/NatGeo', 'https://www.instagram.com/natgeo/', 'm.instagram.com/@natgeo/tagged', 'instagr.am/natgeo']],
    ['TikTok', ['tiktok.com/@Khaby.Lame', 'https://www.tiktok.com/@khaby.lame/', 'm.tiktok.com/@KHABY.LAME?lang=en']],
  ])('%s normalises to one link and one platform id', (_name, shapes) => {
    const parsed = shapes.map(parseProfileLink);
    for (const p of parsed) expect(p.ok).toBe(true);
    expect(new Set(parsed.map((p) => (p.ok ? `${p.platform} ${p.platformId} ${p.link}` : p.reason))).size).toBe(1);
  });

  it('keeps c/ and user/ names apart, and case-distinct channel ids apart', () => {
    const c = parseProfileLink('youtube.com/c/foo');
    const user = parseProfileLink('youtube.com/user/foo');
    expect(c.ok && user.ok && c.platformId !== user.platformId).toBe(true);
    const a = parseProfileLink(`youtube.com/channel/${UC}`);
    const b = parseProfileLink(`youtube.com/channel/${UC.replace('x5', 'X5')}`);
    expect(a.ok && b.ok && a.platformId !== b.platformId).toBe(true);
  });

  it('returns links that parse back to themselves', () => {
    for (const input of ['youtube.com/@MrBeast', `youtube.com/channel/${UC}`, 'youtube.com/user/X', 'instagram.com/a.b', 'tiktok.com/@a_b']) {
      const first = parseProfileLink(input);
      if (!first.ok) throw new Error(first.reason);
      expect(parseProfileLink(first.link)).toEqual(first);
    }
  });
});
