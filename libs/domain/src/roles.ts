/** The roles the platform knows (docs/security.md); a token's other roles are ignored. */
export const ROLES = [
  'admin',
  'operator',
  'inspector',
  'head',
  'principal',
  'supervisor',
  'auditor',
  /** Of a joint office (联席办): coordinates the member departments' joint inspections. */
  'coordinator',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
