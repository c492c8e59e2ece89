/** One team setting (the `settings` collection): `value`'s shape depends on the key (`id`). */
export interface Setting {
  id: string;
  value: Record<string, unknown>;
  updatedAt: number;
  /** Member id of the Administrator who last changed it. */
  updatedBy: string;
}
