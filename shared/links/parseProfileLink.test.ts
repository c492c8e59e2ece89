import { describe, expect, it } from 'vitest';
import { parseProfileLink } from './parseProfileLink';

const UC = 'UC_x5XG1OV2P6uZZ5FSM9Ttw';

describe('parseProfileLink accepts real-world profile links', () => {
  it.each([
    // YouTube channel ids
    [`https://www.youtube.com/channel/${UC}`, 'youtube', UC, `https://www.youtube.com/channel/${UC}`],
    [`http://youtube.com/channel/${UC}/`, 'youtube', UC, `https://www.youtube.com/channel/${UC}`],
    [`youtube.com/channel/${UC}/videos`, 'youtube', UC, `https://www.youtube.com/channel/${UC}`],
    [`https://m.youtube.com/channel/${UC}/about?view=0`, 'youtube', UC, `https://www.youtube.com/channel/${UC}`],
    [`  https://www.youtube.com/channel/${UC}#top  `, 'youtube', UC, `https://www.youtube.com/channel/${UC}`],
    [`HTTPS://WWW.YOUTUBE.COM/channel/${UC}`, 'youtube', UC, `https://www.youtube.com/channel/${UC}`],
    [`https://music.youtube.com/channel/${UC}`, 'youtube', UC, `https://www.youtube.com/channel/${UC}`],
    // YouTube handles
    ['https://www.youtube.com/@MrBeast', 'youtube', '@mrbeast', 'https://www.youtube.com/@mrbeast'],
    ['youtube.com/@mkbhd/videos', 'youtube', '@mkbhd', 'https://www.youtube.com/@mkbhd'],
    ['www.youtube.com/@veritasium?si=abc', 'youtube', '@veritasium', 'https://www.youtube.com/@veritasium'],
    ['https://m.youtube.com/@Kurzgesagt/featured', 'youtube', '@kurzgesagt', 'https://www.youtube.com/@kurzgesagt'],
    ['https://www.youtube.com/@3blue1brown/', 'youtube', '@3blue1brown', 'https://www.youtube.com/@3blue1brown'],
    ['https://www.youtube.com/@tech.with-tim_', 'youtube', '@tech.with-tim_', 'https://www.youtube.com/@tech.with-tim_'],
    ['https://www.youtube.com/@%E3%81%AF%E3%81%98%E3%82%81', 'youtube', '@はじめ', 'https://www.youtube.com/@はじめ'],
    ['youtube.com/@Игорь_Блог', 'youtube', '@игорь_блог', 'https://www.youtube.com/@игорь_блог'],
    // YouTube legacy custom and user URLs
    ['https://www.youtube.com/c/LinusTechTips', 'youtube', 'c/linustechtips', 'https://www.youtube.com/c/linustechtips'],
    ['youtube.com/c/LinusTechTips/videos', 'youtube', 'c/linustechtips', 'https://www.youtube.com/c/linustechtips'],
    ['https://www.youtube.com/user/PewDiePie', 'youtube', 'user/pewdiepie', 'https://www.youtube.com/user/pewdiepie'],
    ['http://m.youtube.com/user/pewdiepie/', 'youtube', 'user/pewdiepie', 'https://www.youtube.com/user/pewdiepie'],
    ['https://www.youtube.com/LinusTechTips', 'youtube', 'c/linustechtips', 'https://www.youtube.com/c/linustechtips'],
    ['https://www.youtube.com/LinusTechTips/about', 'youtube', 'c/linustechtips', 'https://www.youtube.com/c/linustechtips'],
    // Instagram
    ['https://www.instagram.com/natgeo/', 'instagram', 'natgeo', 'https://www.instagram.com/natgeo/'],
    ['instagram.com/NatGeo', 'instagram', 'natgeo', 'https://www.instagram.com/natgeo/'],
    ['http://instagram.com/natgeo?hl=en', 'instagram', 'natgeo', 'https://www.instagram.com/natgeo/'],
    ['https://m.instagram.com/selena.gomez/', 'instagram', 'selena.gomez', 'https://www.instagram.com/selena.gomez/'],
    ['https://www.instagram.com/the_rock/reels/', 'instagram', 'the_rock', 'https://www.instagram.com/the_rock/'],
    ['https://www.instagram.com/therock/tagged/', 'instagram', 'therock', 'https://www.instagram.com/therock/'],
    ['www.instagram.com/@cristiano', 'instagram', 'cristiano', 'https://www.instagram.com/cristiano/'],
    ['https://instagr.am/nasa', 'instagram', 'nasa', 'https://www.instagram.com/nasa/'],
    ['https://www.instagram.com/user_123.name/#', 'instagram', 'user_123.name', 'https://www.instagram.com/user_123.name/'],
    // TikTok
    ['https://www.tiktok.com/@khaby.lame', 'tiktok', '@khaby.lame', 'https://www.tiktok.com/@khaby.lame'],
    ['tiktok.com/@CharliDAmelio', 'tiktok', '@charlidamelio', 'https://www.tiktok.com/@charlidamelio'],
    ['https://m.tiktok.com/@bellapoarch?lang=en', 'tiktok', '@bellapoarch', 'https://www.tiktok.com/@bellapoarch'],
    ['https://www.tiktok.com/@zachking/', 'tiktok', '@zachking', 'https://www.tiktok.com/@zachking'],
    ['http://tiktok.com/@user_1.2', 'tiktok', '@user_1.2', 'https://www.tiktok.com/@user_1.2'],
    ['//www.tiktok.com/@addisonre', 'tiktok', '@addisonre', 'https://www.tiktok.com/@addisonre'],
  ])('%s', (input, platform, platformId, link) => {
    expect(parseProfileLink(input)).toEqual({ ok: true, platform, platformId, link });
  });
});

describe('parseProfileLink refuses what is not a profile, saying why', () => {
  it.each([
    ['', /Enter a profile link/],
    ['   ', /Enter a profile link/],
    ['not a link', /not a link/],
    ['mrbeast', /not a link/],
    ['@mrbeast', /not a link/],
    ['https://example.com/@someone', /example\.com, not a YouTube, Instagram or TikTok profile/],
    ['https://twitter.com/jack', /twitter\.com/],
    ['ftp://youtube.com/@x', /Only web links/],
    ['https://user:pass@youtube.com/@mrbeast', /not a link/],
    ['https://youtu.be/dQw4w9WgXcQ', /video link/],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', /video link/],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL123', /video link/],
    ['https://www.youtube.com/shorts/abc123', /Shorts/],
    ['https://www.youtube.com/playlist?list=PL123', /playlist/],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', /video link/],
    ['https://www.youtube.com/live/abc', /video link/],
    ['https://www.youtube.com/', /home page/],
    ['youtube.com', /home page/],
    ['https://www.youtube.com/channel/', /channel ID/],
    ['https://www.youtube.com/channel/UC123', /channel ID/],
    ['https://www.youtube.com/channel/XX_x5XG1OV2P6uZZ5FSM9Ttw', /channel ID/],
    ['https://www.youtube.com/@a', /handle/],
    ['https://www.youtube.com/c/', /no channel name/],
    ['https://www.youtube.com/results?search_query=cats', /not a channel/],
    ['https://www.youtube.com/feed/trending', /not a channel/],
    ['https://www.instagram.com/', /home page/],
    ['https://www.instagram.com/p/CxYz123/', /post/],
    ['https://www.instagram.com/reel/CxYz123/', /reel/],
    ['https://www.instagram.com/explore/tags/food/', /explore/],
    ['https://www.instagram.com/stories/natgeo/123/', /story/],
    ['https://www.instagram.com/accounts/login/', /settings/],
    ['https://www.instagram.com/direct/inbox/', /messages/],
    ['https://www.instagram.com/bad..name/', /username/],
    ['https://www.instagram.com/way_too_long_username_for_instagram/', /username/],
    ['https://www.tiktok.com/', /home page/],
    ['https://vm.tiktok.com/ZMabc123/', /short link/],
    ['https://www.tiktok.com/@khaby.lame/video/7123456789', /video link/],
    ['https://www.tiktok.com/discover/cats', /not a profile/],
    ['https://www.tiktok.com/@x', /username/],
  ])('%s', (input, reason) => {
    const result = parseProfileLink(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('the same account in different shapes', () => {
  it('normalises to one link and one platform id', () => {
    const shapes = ['youtube.com/@MrBeast', 'https://m.youtube.com/@mrbeast/videos', 'HTTP://WWW.YOUTUBE.COM/@MRBEAST?si=x'];
    const parsed = shapes.map(parseProfileLink);
    expect(new Set(parsed.map((p) => (p.ok ? p.link : p.reason))).size).toBe(1);
    expect(new Set(parsed.map((p) => (p.ok ? p.platformId : p.reason))).size).toBe(1);
  });
});
