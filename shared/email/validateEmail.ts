import { MAX_EMAIL_LENGTH } from '../schemas/limits';

export type EmailResult = { ok: true; email: string } | { ok: false; reason: string };

// RFC 5321 caps the part before the @ at 64 characters and a domain label at 63.
const MAX_LOCAL_LENGTH = 64;
const MAX_LABEL_LENGTH = 63;
// The unquoted characters RFC 5322 allows before the @, plus letters of any script (RFC 6531).
const LOCAL_CHARS = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~.-]+$/u;
const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;

/**
 * A practical email check, not RFC 5322: what people type or paste by mistake (spaces, two @,
 * no domain, "mailto:", a trailing comma) is refused with a reason; quoted local parts and
 * IP-literal domains, which no influencer uses, are refused too. The domain is lower-cased
 * (it is case-insensitive); the part before the @ is kept as typed (it may not be).
 */
export function validateEmail(input: string): EmailResult {
  const email = input.trim();
  if (email === '') return fail('Enter an email address.');
  if (email.length > MAX_EMAIL_LENGTH) return fail(`An email address has at most ${MAX_EMAIL_LENGTH} characters.`);
  if (/\s/.test(email)) return fail('An email address has no spaces.');
  if (/^mailto:/i.test(email)) return fail('Leave out "mailto:" and enter just the address, e.g. name@example.com.');
  const at = email.indexOf('@');
  if (at < 0) return fail('An email address needs an @, as in name@example.com.');
  if (email.indexOf('@', at + 1) >= 0) return fail('An email address has only one @.');

  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local === '') return fail('Something must come before the @, as in name@example.com.');
  if (local.length > MAX_LOCAL_LENGTH) return fail(`The part before the @ has at most ${MAX_LOCAL_LENGTH} characters.`);
  if (!LOCAL_CHARS.test(local)) return fail(`The part before the @ ("${local}") has characters an email address cannot have.`);
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return fail('The part before the @ cannot start or end with a dot or have two dots in a row.');
  }

  if (domain === '') return fail('Something must come after the @, as in name@example.com.');
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((label) => label === '')) {
    return fail(`"${domain}" is not a domain: it needs a dot between names, as in example.com.`);
  }
  for (const label of labels) {
    if (label.length > MAX_LABEL_LENGTH || !LABEL.test(label)) {
      return fail(`The domain "${domain}" has characters a domain cannot have (only letters, digits, dots and inner dashes).`);
    }
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return fail(`"${domain}" is not a domain name.`);
  return { ok: true, email: `${local}@${domain.toLowerCase()}` };
}

function fail(reason: string): EmailResult {
  return { ok: false, reason };
}
