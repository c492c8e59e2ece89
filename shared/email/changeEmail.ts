import type { Influencer } from '../influencer';
import { valuesEqual } from '../sync/mergeDocuments';
import { emailFields, manualEmailOf, platformEmailOf, type EmailFields } from './effectiveEmail';
import { validateEmail } from './validateEmail';

type EmailSourceFields = Pick<Influencer, 'email' | 'manualEmail' | 'platformEmail'>;

/** The fields to write (all three, so `email` stays consistent), or why the input is refused. */
export type EmailChange = { ok: true; changed: boolean; fields: EmailFields } | { ok: false; reason: string };

/**
 * A team member sets the contact email (everyone may, reference 000). It is shown instead of
 * the platform's from now on. An empty input removes the manual email: the platform's shows
 * again, or none. (Not named useManualEmail: the renderer's hook lint rules would take it for
 * a React hook.)
 */
export function setManualEmail(inf: EmailSourceFields, input: string): EmailChange {
  if (input.trim() === '') return revertToPlatformEmail(inf);
  const checked = validateEmail(input);
  if (!checked.ok) return checked;
  return change(inf, emailFields(checked.email, platformEmailOf(inf)));
}

/** Drops the manual email so the platform's shows again ("Use the platform's email"). */
export function revertToPlatformEmail(inf: EmailSourceFields): EmailChange {
  return change(inf, emailFields(null, platformEmailOf(inf)));
}

/** A lookup on the platform brought its email (or found none); a manual email still wins. */
export function setPlatformEmail(inf: EmailSourceFields, platformEmail: string | null): EmailFields {
  return emailFields(manualEmailOf(inf), platformEmail);
}

/** Unchanged when it reads the same: a version 0 document is not rewritten just to spell out its defaults. */
function change(inf: EmailSourceFields, fields: EmailFields): EmailChange {
  const current: EmailFields = { email: inf.email, manualEmail: manualEmailOf(inf), platformEmail: platformEmailOf(inf) };
  return { ok: true, changed: !valuesEqual(current, fields), fields };
}
