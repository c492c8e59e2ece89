import { describe, expect, it } from 'vitest';
import { DEACTIVATED_REASON } from '../../../../../shared/permissions/canChangeInfluencerField';
import { contextFor, influencer, settingsGranting } from '../../../../../shared/permissions/permissionTestFixtures';
import { NO_EMAIL_REASON, NO_LINK_REASON, openableLink, quickActionAvailability, SIGNING_IN_REASON } from './quickActionAvailability';

describe('quickActionAvailability', () => {
  it('lets the liaison run every action on an influencer with an email and a link', () => {
    const row = influencer({ email: 'ana@example.com', liaisonId: 'gMem' });
    expect(quickActionAvailability(row, contextFor('gMem'))).toEqual({
      openDetails: null, copyEmail: null, openLink: null, changeStatus: null, addLabel: null, archive: null,
    });
  });

  it('says why status and archive are refused to another member, and leaves the rest open', () => {
    const row = influencer({ email: 'ana@example.com', liaisonId: 'gMem' });
    const a = quickActionAvailability(row, contextFor('hMem'));
    expect(a.changeStatus).toMatch(/^Only .* can change the collaboration status of this influencer\.$/);
    expect(a.archive).toMatch(/^Only .* can archive this influencer\.$/);
    expect(a.addLabel).toBeNull();
    expect(a.openDetails).toBeNull();
    // Restoring says restore.
    expect(quickActionAvailability({ ...row, archived: true }, contextFor('hMem')).archive).toMatch(/can restore this influencer\.$/);
    // A grant opens them.
    expect(quickActionAvailability(row, contextFor('hMem', settingsGranting('archive', { allMembers: true }))).archive).toBeNull();
  });

  it('disables copy and open without an email or an openable link', () => {
    const a = quickActionAvailability(influencer({ email: null, link: '' }), contextFor('gMem'));
    expect(a.copyEmail).toBe(NO_EMAIL_REASON);
    expect(a.openLink).toBe(NO_LINK_REASON);
    expect(quickActionAvailability(influencer({ link: 'javascript:alert(1)' }), contextFor('gMem')).openLink).toBe(NO_LINK_REASON);
  });

  it('refuses every change to a deactivated member, and everything guarded before sign-in is known', () => {
    const gone = quickActionAvailability(influencer({ liaisonId: null }), contextFor('gone'));
    expect([gone.changeStatus, gone.addLabel, gone.archive]).toEqual([DEACTIVATED_REASON, DEACTIVATED_REASON, DEACTIVATED_REASON]);
    const unknown = quickActionAvailability(influencer(), null);
    expect([unknown.changeStatus, unknown.addLabel, unknown.archive]).toEqual([SIGNING_IN_REASON, SIGNING_IN_REASON, SIGNING_IN_REASON]);
  });
});

describe('openableLink', () => {
  it('opens http and https links only', () => {
    expect(openableLink('https://www.youtube.com/@ana')).toBe('https://www.youtube.com/@ana');
    expect(openableLink('http://ana.example/')).toBe('http://ana.example/');
    expect(openableLink('javascript:alert(1)')).toBeNull();
    expect(openableLink('file:///etc/passwd')).toBeNull();
    expect(openableLink('not a link')).toBeNull();
  });
});
