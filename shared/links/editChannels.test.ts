import { describe, expect, it } from 'vitest';
import { addChannel, removeChannel } from './editChannels';

const custom = { platform: null, platformId: null, link: 'https://linktr.ee/ana' };
const tiktoker = { platform: 'tiktok' as const, platformId: '@ana', link: 'https://www.tiktok.com/@ana', channels: [{ type: 'x' as const, url: 'https://x.com/ana' }] };

describe('addChannel', () => {
  it('adds a normalised channel after the listed ones', () => {
    expect(addChannel(tiktoker, 'instagram.com/Ana')).toEqual({
      ok: true,
      channels: [{ type: 'x', url: 'https://x.com/ana' }, { type: 'instagram', url: 'https://www.instagram.com/ana/' }],
    });
    expect(addChannel(custom, '+34 612 345 678')).toEqual({ ok: true, channels: [{ type: 'whatsapp', url: 'https://wa.me/34612345678' }] });
    expect(addChannel(custom, '@ana', 'x')).toEqual({ ok: true, channels: [{ type: 'x', url: 'https://x.com/ana' }] });
  });

  it.each([
    [tiktoker, 'tiktok.com/@ANA/', "This is already the influencer's main link."],
    [custom, 'http://linktr.ee/ana/', "This is already the influencer's main link."],
    [tiktoker, 'https://twitter.com/Ana', 'This X account is listed already.'],
    [tiktoker, 'https://youtu.be/abc', "This is a YouTube video link, not a channel. Open the video and use its channel's link instead."],
  ])('refuses %#', (inf, input, reason) => {
    expect(addChannel(inf, input)).toEqual({ ok: false, reason });
  });

  it('stops at 20 channels', () => {
    const full = { ...custom, channels: Array.from({ length: 20 }, (_, i) => ({ type: 'website' as const, url: `https://site${i}.com` })) };
    expect(addChannel(full, 'x.com/ana')).toEqual({ ok: false, reason: 'An influencer lists at most 20 other channels.' });
  });
});

describe('removeChannel', () => {
  it('removes by stored link, and nothing else', () => {
    expect(removeChannel(tiktoker, 'https://x.com/ana')).toEqual([]);
    expect(removeChannel(tiktoker, 'https://x.com/other')).toEqual(tiktoker.channels);
    expect(removeChannel({}, 'https://x.com/ana')).toEqual([]);
  });
});
