import { describe, expect, it } from 'vitest';
import { validateEmail } from './validateEmail';

describe('validateEmail', () => {
  it.each([
    ['jane@example.com', 'jane@example.com'],
    ['  Jane.Doe+pr@Example.COM ', 'Jane.Doe+pr@example.com'],
    ['kim@sub.domain.co.kr', 'kim@sub.domain.co.kr'],
    ['josé@correo.es', 'josé@correo.es'],
  ])('%s → %s', (input, email) => {
    expect(validateEmail(input)).toEqual({ ok: true, email });
  });

  it.each([
    ['', /Enter an email/],
    ['jane', /needs an @/],
    ['jane@@x.com', /only one @/],
    ['@x.com', /before the @/],
    ['jane@localhost', /needs a dot/],
    ['jane@', /needs a dot/],
    ['jane doe@x.com', /no spaces/],
    ['.jane@x.com', /dot/],
    ['jane@x..com', /needs a dot/],
    ['jane@ex_ample.com', /characters/],
    [`${'a'.repeat(250)}@x.com`, /at most 254/],
  ])('refuses %s', (input, reason) => {
    const result = validateEmail(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
