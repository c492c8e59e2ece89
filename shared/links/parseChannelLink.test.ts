import { describe, expect, it } from 'vitest';
import type { ChannelType } from '../influencer';
import { parseChannelLink } from './parseChannelLink';

describe('parseChannelLink classifies and normalises', () => {
  it.each([
    // Profiles of the three platforms, exactly as parseProfileLink reads them.
    ['youtube.com/@MrBeast/videos', 'youtube', 'https://www.youtube.com/@mrbeast', '@mrbeast'],
    ['https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw', 'youtube', 'https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw', 'uc_x5xg1ov2p6uzz5fsm9ttw'],
    ['instagram.com/NatGeo?hl=en', 'instagram', 'https://www.instagram.com/natgeo/', 'natgeo'],
    ['https://m.tiktok.com/@KhabY.lame', 'tiktok', 'https://www.tiktok.com/@khaby.lame', '@khaby.lame'],
    // X, under either name.
    ['https://twitter.com/Jack', 'x', 'https://x.com/jack', 'jack'],
    ['x.com/@elonmusk/with_replies', 'x', 'https://x.com/elonmusk', 'elonmusk'],
    ['https://mobile.twitter.com/nasa?lang=en', 'x', 'https://x.com/nasa', 'nasa'],
    // Facebook usernames, numeric profiles and pages.
    ['https://www.facebook.com/NatGeo/', 'facebook', 'https://www.facebook.com/natgeo', 'natgeo'],
    ['m.facebook.com/jane.doe.75/about', 'facebook', 'https://www.facebook.com/jane.doe.75', 'jane.doe.75'],
    ['https://www.facebook.com/profile.php?id=100012345678&sk=about', 'facebook', 'https://www.facebook.com/profile.php?id=100012345678', '100012345678'],
    ['https://www.facebook.com/people/Jane-Doe/100012345678/', 'facebook', 'https://www.facebook.com/profile.php?id=100012345678', '100012345678'],
    ['fb.com/natgeo', 'facebook', 'https://www.facebook.com/natgeo', 'natgeo'],
    ['https://fb.me/natgeo', 'facebook', 'https://www.facebook.com/natgeo', 'natgeo'],
    // WhatsApp: links and phone numbers with their country code.
    ['https://wa.me/34612345678', 'whatsapp', 'https://wa.me/34612345678', '34612345678'],
    ['wa.me/+34612345678', 'whatsapp', 'https://wa.me/34612345678', '34612345678'],
    ['https://api.whatsapp.com/send?phone=5511987654321&text=hi', 'whatsapp', 'https://wa.me/5511987654321', '5511987654321'],
    ['https://web.whatsapp.com/send?phone=%2B4915112345678', 'whatsapp', 'https://wa.me/4915112345678', '4915112345678'],
    ['+34 612-345-678', 'whatsapp', 'https://wa.me/34612345678', '34612345678'],
    ['(011) 5555 1234', 'whatsapp', 'https://wa.me/01155551234', '01155551234'],
    ['https://wa.me/message/ABCDEF123', 'whatsapp', 'https://wa.me/message/ABCDEF123', 'message/abcdef123'],
    ['https://whatsapp.com/channel/0029VaABC', 'whatsapp', 'https://whatsapp.com/channel/0029VaABC', 'channel/0029vaabc'],
    // Everything else on the web is a website, as validateWebLink normalises it.
    ['analima.com.br/Blog', 'website', 'https://analima.com.br/Blog', null],
    ['https://linktr.ee/ana_lima', 'website', 'https://linktr.ee/ana_lima', null],
    ['https://threads.net/@natgeo', 'website', 'https://threads.net/@natgeo', null],
  ])('%s → %s %s', (input, type, url, accountId) => {
    expect(parseChannelLink(input)).toEqual({ ok: true, type, url, accountId });
  });
});

describe('parseChannelLink with the type the person chose', () => {
  it.each([
    ['@jack', 'x', 'https://x.com/jack'],
    ['selena.gomez', 'instagram', 'https://www.instagram.com/selena.gomez/'],
    ['@MrBeast', 'youtube', 'https://www.youtube.com/@mrbeast'],
    ['khaby.lame', 'tiktok', 'https://www.tiktok.com/@khaby.lame'],
    ['natgeo', 'facebook', 'https://www.facebook.com/natgeo'],
    ['+55 11 98765-4321', 'whatsapp', 'https://wa.me/5511987654321'],
    ['https://twitter.com/jack', 'x', 'https://x.com/jack'],
    ['analima.com.br', 'website', 'https://analima.com.br'],
  ] as const)('%s as %s → %s', (input, type, url) => {
    expect(parseChannelLink(input, type)).toMatchObject({ ok: true, type, url });
  });

  it.each([
    ['instagram.com/natgeo', 'x', 'This is an Instagram link, not an X one.'],
    ['https://x.com/jack', 'website', 'This is an X link, not a Website one.'],
    ['https://analima.com.br', 'facebook', 'This is a Website link, not a Facebook one.'],
    ['jack', 'website', '"jack" is not a link. A link looks like example.com or https://x.com/name.'],
  ] as const)('refuses %s as %s', (input, type: ChannelType, reason) => {
    expect(parseChannelLink(input, type)).toEqual({ ok: false, reason });
  });
});

describe('parseChannelLink refuses what is not a channel, saying why', () => {
  it.each([
    ['', /Enter a link/],
    ['jack', /is not a link/],
    ['@jack', /is not a link/],
    ['ftp://x.com/jack', /Only web links/],
    ['https://youtu.be/dQw4w9WgXcQ', /YouTube video link/],
    ['https://www.instagram.com/p/Cabc123/', /Instagram post/],
    ['https://x.com/jack/status/20', /post on X.*x\.com\/jack/],
    ['https://x.com/home', /not a profile/],
    ['https://x.com/this_name_is_too_long', /1 to 15 letters/],
    ['https://x.com', /home page/],
    ['https://www.facebook.com/groups/12345', /Facebook group/],
    ['https://www.facebook.com/share/abc', /can only be opened online/],
    ['https://www.facebook.com/natgeo/posts/123', /post.*facebook\.com\/natgeo/],
    ['https://www.facebook.com/profile.php', /no profile number/],
    ['https://chat.whatsapp.com/AbCdEf', /group invite/],
    ['https://wa.me/123', /country code/],
    ['https://wa.me/', /no phone number/],
    ['+1 23', /is not a link/],
    ['http://localhost/me', /this computer/],
  ])('%s', (input, reason) => {
    const result = parseChannelLink(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
