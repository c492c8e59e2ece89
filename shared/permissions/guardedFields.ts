/**
 * The influencer fields that, by default, only the liaison may change (reference 000, "Team
 * Permissions – Data Management"); an Administrator may grant each to other roles.
 */
export const GUARDED_FIELDS = ['name', 'link', 'status', 'liaison', 'archive'] as const;
export type GuardedField = (typeof GUARDED_FIELDS)[number];

export const GUARDED_FIELD_LABELS: Readonly<Record<GuardedField, string>> = {
  name: 'Influencer name',
  link: 'Influencer link',
  status: 'Collaboration status',
  liaison: 'Liaison',
  archive: 'Archive and restore',
};

/**
 * Which guarded field each influencer document field belongs to. Every other field (the
 * contact email, labels, contract and payment status, …) may be changed by every member.
 */
export const INFLUENCER_FIELD_GUARDS: Readonly<Record<string, GuardedField>> = {
  customName: 'name',
  officialName: 'name',
  link: 'link',
  status: 'status',
  liaisonId: 'liaison',
  archived: 'archive',
};

/** The guarded field an influencer document field belongs to; null: everyone may change it. */
export function guardedFieldOf(field: string): GuardedField | null {
  return Object.hasOwn(INFLUENCER_FIELD_GUARDS, field) ? (INFLUENCER_FIELD_GUARDS[field] ?? null) : null;
}
