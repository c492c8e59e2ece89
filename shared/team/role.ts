/** The team roles (reference 000, "Team Permissions"), highest first. */
export const ROLES = ['admin', 'leader', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administrator',
  leader: 'Team Leader',
  member: 'Member',
};

export function isRole(value: unknown): value is Role {
  return ROLES.some((role) => role === value);
}
