import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { endpoints } from "../../api/endpoints.ts";
import { ApiError } from "../../api/problem.ts";
import type { Session } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useFieldErrors, useFormError } from "../../ui/useFieldErrors.ts";

export function SignInForm({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation({
    mutationFn: () => endpoints.login(email.trim(), password),
    onSuccess: onSignedIn,
  });
  const errors = useFieldErrors(login.error);
  // A wrong password is a 401 without field errors; say it plainly rather than the server text.
  const failure = useFormError(login.error, ["email", "password"]);
  const general =
    login.error instanceof ApiError && login.error.status === 401 ? t("signIn.failed") : failure;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert message={general} />
        <TextInput
          label={t("signIn.email")}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
        />
        <PasswordInput
          label={t("signIn.password")}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t("signIn.submit")}
        </Button>
      </Stack>
    </form>
  );
}
