import { describe, expect, it } from 'vitest';
import { influencerHref, parseRoute } from './navigation';

describe('routes', () => {
  it('round-trips an influencer id through the hash', () => {
    const id = 'a/b c?';
    expect(parseRoute(influencerHref(id))).toEqual({ name: 'details', influencerId: id });
  });

  it('falls back to the list for anything else', () => {
    expect(parseRoute('')).toEqual({ name: 'list' });
    expect(parseRoute('#/elsewhere')).toEqual({ name: 'list' });
    expect(parseRoute('#/influencers/')).toEqual({ name: 'list' });
  });
});
