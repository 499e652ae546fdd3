/** The six roles of a security office. An account has exactly one. */
export const ROLES = [
  'employee',
  'security_officer',
  'analyst',
  'investigator',
  'administrator',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: the signed-in account as routes and policies see it. */
export interface Actor {
  id: string;
  username: string;
  role: Role;
  personId: string | null;
}
