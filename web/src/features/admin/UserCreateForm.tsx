import { NativeSelect, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Team } from "../../api/types.ts";
import { LOCALES, toLocale, useI18n } from "../../i18n/i18n.tsx";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useIdempotencyKey } from "../../ui/useIdempotencyKey.ts";
import { useMutationForm } from "../../ui/useMutationForm.ts";
import { adminApi, USERS_KEY } from "./api.ts";
import { FormButtons } from "./FormButtons.tsx";
import type { Role } from "./options.ts";
import { RoleTeamFields } from "./RoleTeamFields.tsx";

/** New users start in the admin's own time zone; they change it in their settings. */
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

export function UserCreateForm({ teams, onDone }: { teams: Team[]; onDone: () => void }) {
  const { t, locale: uiLocale } = useI18n();
  const qc = useQueryClient();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("rep");
  const [teamId, setTeamId] = useState("");
  const [locale, setLocale] = useState(uiLocale);
  const [password, setPassword] = useState("");
  const [key, renewKey] = useIdempotencyKey();
  const create = useMutation({
    mutationFn: () =>
      adminApi.createUser(
        {
          email,
          name,
          role,
          teamId: teamId || null,
          locale,
          timeZone: browserZone(),
          // Empty: the user gets no password and cannot sign in until one is set.
          ...(password ? { password } : {}),
        },
        key,
      ),
    onSuccess: async () => {
      renewKey();
      await Promise.all([
        qc.invalidateQueries({ queryKey: USERS_KEY }),
        qc.invalidateQueries({ queryKey: ["users"] }),
      ]);
      onDone();
    },
  });
  const { errors, general, submit } = useMutationForm(create, [
    "email",
    "name",
    "role",
    "teamId",
    "locale",
    "password",
  ]);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert message={general} />
        <TextInput
          label={t("admin.user.email")}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
          required
          data-autofocus
        />
        <TextInput
          label={t("admin.user.name")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
        />
        <RoleTeamFields
          role={role}
          teamId={teamId}
          teams={teams}
          errors={errors}
          onRole={setRole}
          onTeam={setTeamId}
        />
        <NativeSelect
          label={t("admin.user.locale")}
          value={locale}
          data={LOCALES.map((l) => ({ value: l.value, label: l.label }))}
          onChange={(e) => setLocale(toLocale(e.currentTarget.value) ?? "en")}
          error={errors.locale}
        />
        <PasswordInput
          label={t("admin.user.password")}
          description={t("admin.user.passwordHint")}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
          autoComplete="new-password"
        />
        <FormButtons
          submitLabel={t("admin.user.create")}
          saving={create.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
