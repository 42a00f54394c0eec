import { Alert, PasswordInput, Stack, Switch, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, formError } from "../../api/problem.ts";
import type { Team, User } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useMutationForm } from "../../ui/useMutationForm.ts";
import { adminApi, USERS_KEY, type UserPatch } from "./api.ts";
import { FormButtons } from "./FormButtons.tsx";
import type { Role } from "./options.ts";
import { RoleTeamFields } from "./RoleTeamFields.tsx";

/** The server explains a refusal (own role, not an admin) in `detail`; show it as it is. */
function refusal(error: unknown): string | null {
  if (error instanceof ApiError && error.status === 403) return error.problem.detail ?? null;
  return formError(error);
}

/**
 * Role, team, active flag and a new password. Only changed fields are sent: the server refuses any of the
 * three on one's own record, even unchanged, so an untouched field must stay out of the body.
 */
export function UserEditForm({
  user,
  teams,
  self,
  onDone,
}: {
  user: User;
  teams: Team[];
  self: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [role, setRole] = useState<Role>(user.role);
  const [teamId, setTeamId] = useState(user.teamId ?? "");
  const [active, setActive] = useState(user.active);
  const [password, setPassword] = useState("");
  const save = useMutation({
    mutationFn: () => {
      const body: UserPatch = {};
      if (role !== user.role) body.role = role;
      if ((teamId || null) !== user.teamId) body.teamId = teamId || null;
      if (active !== user.active) body.active = active;
      if (password) body.password = password;
      return adminApi.patchUser(user.id, user.version, body);
    },
    onSuccess: async () => {
      // Other screens list users too (owner filters, rep pickers): a deactivated rep must go.
      await Promise.all([
        qc.invalidateQueries({ queryKey: USERS_KEY }),
        qc.invalidateQueries({ queryKey: ["users"] }),
        qc.invalidateQueries({ queryKey: ["team"] }),
      ]);
      onDone();
    },
  });
  const { errors, submit } = useMutationForm(save, ["role", "teamId", "active", "password"]);
  const general = refusal(save.error);
  const conflict = save.error instanceof ApiError && save.error.status === 412;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {user.name} · {user.email}
        </Text>
        {self ? (
          <Text size="sm" c="dimmed">
            {t("admin.user.selfHint")}
          </Text>
        ) : null}
        {general ? (
          <Alert color="red" role="alert">
            {conflict ? t("admin.conflict") : general}
          </Alert>
        ) : null}
        <RoleTeamFields
          role={role}
          teamId={teamId}
          teams={teams}
          errors={errors}
          onRole={setRole}
          onTeam={setTeamId}
        />
        <Switch
          label={t("admin.user.active")}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
          error={errors.active}
        />
        <PasswordInput
          label={t("admin.user.newPassword")}
          description={t("admin.user.newPasswordHint")}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
          autoComplete="new-password"
        />
        <FormButtons submitLabel={t("admin.save")} saving={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
