import { describe, expect, it } from 'vitest';
import { validateEmail } from './validateEmail';

describe('validateEmail accepts practical addresses', () => {
  it.each([
    ['jane@example.com', 'jane@example.com'],
    ['  Jane.Doe+pr@Example.COM ', 'Jane.Doe+pr@example.com'],
    ['kim@sub.domain.co.kr', 'kim@sub.domain.co.kr'],
    ['josé@correo.es', 'josé@correo.es'],
    ['collab_team-1@talent-house.io', 'collab_team-1@talent-house.io'],
    ["o'connor@example.ie", "o'connor@example.ie"],
    ['用户@例子.中国', '用户@例子.中国'],
    ['info@MÜNCHEN.DE', 'info@münchen.de'],
    ['a@b.co', 'a@b.co'],
    [`${'a'.repeat(64)}@x.com`, `${'a'.repeat(64)}@x.com`],
  ])('%s → %s', (input, email) => {
    expect(validateEmail(input)).toEqual({ ok: true, email });
  });
});

describe('validateEmail refuses, saying why', () => {
  it.each([
    ['', /Enter an email/],
    ['   ', /Enter an email/],
    ['jane', /needs an @/],
    ['jane.example.com', /needs an @/],
    ['jane@@x.com', /only one @/],
    ['jane@x.com@y.com', /only one @/],
    ['@x.com', /before the @/],
    ['jane@', /after the @/],
    ['jane@localhost', /needs a dot/],
    ['jane@x..com', /needs a dot/],
    ['jane@.x.com', /needs a dot/],
    ['jane@x.com.', /needs a dot/],
    ['jane doe@x.com', /no spaces/],
    ['Jane <jane@x.com>', /no spaces/],
    ['mailto:jane@x.com', /Leave out "mailto:"/],
    ['.jane@x.com', /start or end with a dot/],
    ['jane.@x.com', /start or end with a dot/],
    ['ja..ne@x.com', /two dots in a row/],
    ['"jane"@x.com', /characters an email address cannot have/],
    ['jane,@x.com', /characters an email address cannot have/],
    ['jane@x.com,', /characters a domain cannot have/],
    ['jane@ex_ample.com', /characters a domain cannot have/],
    ['jane@-x.com', /characters a domain cannot have/],
    ['jane@x-.com', /characters a domain cannot have/],
    ['jane@[192.168.0.1]', /characters a domain cannot have/],
    ['jane@192.168.0.1', /not a domain name/],
    [`${'a'.repeat(65)}@x.com`, /at most 64/],
    [`jane@${'a'.repeat(64)}.com`, /characters a domain cannot have/],
    [`${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(20)}.com`, /at most 254/],
  ])('%s', (input, reason) => {
    const result = validateEmail(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
