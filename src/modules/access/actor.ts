export const ROLES = ["admin", "manager", "rep"] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user a request acts as (from a session cookie or an API token). */
export type Actor = {
  id: string;
  role: Role;
  teamId: string | null;
};
