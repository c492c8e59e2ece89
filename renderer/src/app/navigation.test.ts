import { describe, expect, it } from 'vitest';
import { emailProjectsHref, influencerHref, parseRoute, teamSettingsHref } from './navigation';

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
});
