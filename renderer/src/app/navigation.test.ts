import { describe, expect, it } from 'vitest';
import { activityHref, emailProjectsHref, influencerHref, parseRoute, teamSettingsHref } from './navigation';

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

  it('addresses each team settings tab, members by default', () => {
    expect(parseRoute(teamSettingsHref('groups'))).toEqual({ name: 'teamSettings', tab: 'groups' });
    expect(parseRoute(teamSettingsHref('data-management'))).toEqual({ name: 'teamSettings', tab: 'data-management' });
    expect(parseRoute('#/settings/team')).toEqual({ name: 'teamSettings', tab: 'members' });
    expect(parseRoute('#/settings/team/unknown')).toEqual({ name: 'teamSettings', tab: 'members' });
    expect(parseRoute(teamSettingsHref('statuses'))).toEqual({ name: 'teamSettings', tab: 'statuses' });
  });

  it('addresses the email projects page', () => {
    expect(parseRoute(emailProjectsHref())).toEqual({ name: 'emailProjects' });
  });

  it('addresses the team-wide activity page and one bulk operation on it', () => {
    expect(parseRoute(activityHref())).toEqual({ name: 'activity', batch: null });
    const batch = { batchId: 'b/1 ?', at: 1_764_000_000_123 };
    expect(parseRoute(activityHref(batch))).toEqual({ name: 'activity', batch });
    expect(parseRoute('#/activity/batch/x/b1')).toEqual({ name: 'list' });
  });
});
