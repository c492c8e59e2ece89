import { MAX_EMAIL_LENGTH } from '../schemas/limits';

export type EmailResult = { ok: true; email: string } | { ok: false; reason: string };

/**
 * Practical email check: what people type by mistake (spaces, two @, no domain) is refused
 * with a reason; the domain is lower-cased (it is case-insensitive), the local part kept.
 */
export function validateEmail(input: string): EmailResult {
  const email = input.trim();
  if (email === '') return { ok: false, reason: 'Enter an email address.' };
  if (email.length > MAX_EMAIL_LENGTH) return { ok: false, reason: `An email address has at most ${MAX_EMAIL_LENGTH} characters.` };
  if (/\s/.test(email)) return { ok: false, reason: 'An email address has no spaces.' };
  const parts = email.split('@');
  if (parts.length !== 2) return { ok: false, reason: parts.length < 2 ? 'An email address needs an @.' : 'An email address has only one @.' };
  const [local = '', domain = ''] = parts;
  if (local === '') return { ok: false, reason: 'Something must come before the @.' };
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return { ok: false, reason: 'The part before the @ cannot start or end with a dot or have two dots in a row.' };
  if (!/^[^.\s]+(\.[^.\s]+)+$/.test(domain)) return { ok: false, reason: `"${domain || '(nothing)'}" is not a domain: it needs a dot, as in example.com.` };
  if (/[^\p{L}\p{N}.-]/u.test(domain)) return { ok: false, reason: `The domain "${domain}" has characters a domain cannot have.` };
  return { ok: true, email: `${local}@${domain.toLowerCase()}` };
}
