import { NativeSelect } from "@mantine/core";
import type { Team } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { isRole, type Role, roleOptions, teamOptions } from "./options.ts";

/** A user's role and team: the same two pickers whether the user is new or being edited. */
export function RoleTeamFields({
  role,
  teamId,
  teams,
  errors,
  onRole,
  onTeam,
}: {
  role: Role;
  /** "" for no team, as the select holds it. */
  teamId: string;
  teams: Team[];
  errors: Record<string, string>;
  onRole: (role: Role) => void;
  onTeam: (teamId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <NativeSelect
        label={t("admin.user.role")}
        value={role}
        data={roleOptions(t)}
        onChange={(e) => isRole(e.currentTarget.value) && onRole(e.currentTarget.value)}
        error={errors.role}
      />
      <NativeSelect
        label={t("admin.user.team")}
        value={teamId}
        data={teamOptions(t, teams)}
        onChange={(e) => onTeam(e.currentTarget.value)}
        error={errors.teamId}
      />
    </>
  );
}
