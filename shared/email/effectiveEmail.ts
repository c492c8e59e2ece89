import type { Influencer } from '../influencer';

type EmailSourceFields = Pick<Influencer, 'email' | 'manualEmail' | 'platformEmail'>;

/** The three email fields, always written together so `email` stays the effective one. */
export interface EmailFields {
  email: string | null;
  manualEmail: string | null;
  platformEmail: string | null;
}

/**
 * The email a team member entered. A version 0 document has neither source field: its
 * `email` was typed by hand (nothing looked emails up on platforms yet), so it counts as manual.
 */
export function manualEmailOf(inf: EmailSourceFields): string | null {
  if (inf.manualEmail !== undefined) return inf.manualEmail;
  return inf.platformEmail === undefined ? inf.email : null;
}

/** The email the platform lists, if a recording or lookup brought one. */
export function platformEmailOf(inf: EmailSourceFields): string | null {
  return inf.platformEmail ?? null;
}

/**
 * The contact email to show and use (reference 000, "Contact Email"): the manual email once
 * one is set, otherwise the platform's. The stored `email` field holds exactly this (see
 * emailFields), so the list, search and export can keep reading `email`.
 */
export function effectiveEmail(inf: EmailSourceFields): string | null {
  return manualEmailOf(inf) ?? platformEmailOf(inf);
}

/** Where the shown email comes from, for the details page ("added by hand" / "from YouTube"). */
export function emailSource(inf: EmailSourceFields): 'manual' | 'platform' | 'none' {
  if (manualEmailOf(inf) !== null) return 'manual';
  return platformEmailOf(inf) !== null ? 'platform' : 'none';
}

/** The one place that computes `email` from its two sources. */
export function emailFields(manualEmail: string | null, platformEmail: string | null): EmailFields {
  return { email: manualEmail ?? platformEmail, manualEmail, platformEmail };
}
