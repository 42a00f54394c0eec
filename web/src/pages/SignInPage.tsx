import { Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Navigate, useLocation, useNavigate } from "react-router";
import { SignInForm } from "../features/auth/SignInForm.tsx";
import { useSession, useSessionActions } from "../features/auth/session.ts";
import { savedLocale, toLocale, useI18n } from "../i18n/i18n.tsx";
import { LanguageSwitch } from "../ui/LanguageSwitch.tsx";
import { SourceLink } from "../ui/SourceLink.tsx";

export function SignInPage() {
  const { t, setLocale } = useI18n();
  const session = useSession();
  const actions = useSessionActions();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? "/";
  if (session.data) return <Navigate to={from} replace />;
  return (
    <Center mih="100dvh" p="md" component="main">
      <Paper withBorder shadow="sm" p="lg" w="100%" maw={400}>
        <Stack>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={1} size="h3">
                {t("signIn.title")}
              </Title>
              <Text size="sm" c="dimmed">
                {t("signIn.subtitle")}
              </Text>
            </div>
            <LanguageSwitch />
          </Group>
          <SignInForm
            onSignedIn={(s) => {
              actions.signedIn(s);
              // A browser never switched by hand takes the language saved on the user's profile.
              const profile = toLocale(s.user.locale);
              if (!savedLocale() && profile) setLocale(profile);
              navigate(from, { replace: true });
            }}
          />
          <Group justify="center">
            <SourceLink />
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
