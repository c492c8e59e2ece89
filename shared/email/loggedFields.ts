/**
 * Fields that say where the contact email comes from (shared/email/emailFields). They are
 * written together with `email`, which is what people read: a change of the contact email
 * is one log entry (and one overwritten value in a conflict), not three.
 */
export const EMAIL_SOURCE_FIELDS: readonly string[] = ['manualEmail', 'platformEmail'];

/** The changed fields that get their own activity entry. */
export function loggedFields<F extends string>(changed: readonly F[]): F[] {
  return changed.includes('email' as F) ? changed.filter((field) => !EMAIL_SOURCE_FIELDS.includes(field)) : [...changed];
}
