import type { Team } from "../../api/types.ts";
import type { Translate } from "../../i18n/i18n.tsx";

export const ROLES = ["rep", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const roleOptions = (t: Translate) =>
  ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) }));

/** "" stands for "no team" in the native select; the API wants null. */
export const teamOptions = (t: Translate, teams: Team[]) => [
  { value: "", label: t("admin.team.none") },
  ...teams.map((team) => ({ value: team.id, label: team.name })),
];

export const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);
