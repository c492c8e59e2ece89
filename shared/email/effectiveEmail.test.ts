import { describe, expect, it } from 'vitest';
import { effectiveEmail, emailFields, emailSource, manualEmailOf, platformEmailOf } from './effectiveEmail';

const v0 = { email: 'typed@x.com' };
const platformOnly = { email: 'yt@x.com', manualEmail: null, platformEmail: 'yt@x.com' };
const both = { email: 'mine@x.com', manualEmail: 'mine@x.com', platformEmail: 'yt@x.com' };

describe('email precedence', () => {
  it('shows the manual email over the platform’s', () => {
    expect(effectiveEmail(both)).toBe('mine@x.com');
    expect(emailSource(both)).toBe('manual');
    expect(effectiveEmail(platformOnly)).toBe('yt@x.com');
    expect(emailSource(platformOnly)).toBe('platform');
    expect(effectiveEmail({ email: null, manualEmail: null, platformEmail: null })).toBeNull();
    expect(emailSource({ email: null })).toBe('none');
  });

  it('reads a version 0 document’s email as typed by hand', () => {
    expect(manualEmailOf(v0)).toBe('typed@x.com');
    expect(platformEmailOf(v0)).toBeNull();
    expect(effectiveEmail(v0)).toBe('typed@x.com');
    expect(emailSource(v0)).toBe('manual');
    // Once a platform email is known, an absent manual email means none.
    expect(manualEmailOf({ email: 'yt@x.com', platformEmail: 'yt@x.com' })).toBeNull();
  });

  it('computes email from its sources in one place', () => {
    expect(emailFields('a@x.com', 'b@x.com')).toEqual({ email: 'a@x.com', manualEmail: 'a@x.com', platformEmail: 'b@x.com' });
    expect(emailFields(null, 'b@x.com')).toEqual({ email: 'b@x.com', manualEmail: null, platformEmail: 'b@x.com' });
    expect(emailFields(null, null).email).toBeNull();
  });
});
