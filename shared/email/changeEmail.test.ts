import { describe, expect, it } from 'vitest';
import { revertToPlatformEmail, setManualEmail, setPlatformEmail } from './changeEmail';

const v0 = { email: 'typed@x.com' };
const platformOnly = { email: 'yt@x.com', manualEmail: null, platformEmail: 'yt@x.com' };
const both = { email: 'mine@x.com', manualEmail: 'mine@x.com', platformEmail: 'yt@x.com' };

describe('changing the contact email', () => {
  it('sets a validated manual email that then shows instead of the platform’s', () => {
    const result = setManualEmail(platformOnly, '  Mine@X.COM ');
    expect(result).toEqual({ ok: true, changed: true, fields: { email: 'Mine@x.com', manualEmail: 'Mine@x.com', platformEmail: 'yt@x.com' } });
    expect(setManualEmail(platformOnly, 'not an email')).toMatchObject({ ok: false, reason: expect.stringMatching(/no spaces/) });
  });

  it('goes back to the platform’s email, by the revert or by clearing the field', () => {
    const expected = { ok: true, changed: true, fields: { email: 'yt@x.com', manualEmail: null, platformEmail: 'yt@x.com' } };
    expect(revertToPlatformEmail(both)).toEqual(expected);
    expect(setManualEmail(both, '   ')).toEqual(expected);
    expect(revertToPlatformEmail(platformOnly)).toMatchObject({ ok: true, changed: false });
    // Without a platform email, clearing leaves no email.
    expect(setManualEmail(v0, '')).toEqual({ ok: true, changed: true, fields: { email: null, manualEmail: null, platformEmail: null } });
  });

  it('does not count spelling out a version 0 document’s defaults as a change', () => {
    expect(setManualEmail(v0, 'typed@x.com')).toMatchObject({ ok: true, changed: false });
    expect(setManualEmail(both, 'mine@x.com')).toMatchObject({ ok: true, changed: false });
  });

  it('takes a new platform email without hiding a manual one', () => {
    expect(setPlatformEmail(both, 'new@yt.com')).toEqual({ email: 'mine@x.com', manualEmail: 'mine@x.com', platformEmail: 'new@yt.com' });
    expect(setPlatformEmail(platformOnly, 'new@yt.com').email).toBe('new@yt.com');
    expect(setPlatformEmail(v0, 'new@yt.com')).toEqual({ email: 'typed@x.com', manualEmail: 'typed@x.com', platformEmail: 'new@yt.com' });
  });
});
