import { describe, expect, it } from 'vitest';
import { influencerNames } from './influencerNames';

describe('influencerNames', () => {
  it('gives the list name and both names for the details page', () => {
    expect(influencerNames({ officialName: 'MrBeast', customName: ' Jimmy ' })).toEqual({ shown: 'Jimmy', official: 'MrBeast', custom: 'Jimmy' });
    expect(influencerNames({ officialName: 'MrBeast', customName: '  ' })).toEqual({ shown: 'MrBeast', official: 'MrBeast', custom: null });
    expect(influencerNames({ officialName: 'MrBeast', customName: null })).toEqual({ shown: 'MrBeast', official: 'MrBeast', custom: null });
  });
});
