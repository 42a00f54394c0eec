import { Alert, Stack, Text, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useI18n } from "../../i18n/i18n.tsx";
import { Loading } from "../../ui/states.tsx";
import { useSession } from "../auth/session.ts";
import { TeamWeek } from "./TeamWeek.tsx";

/** /team: managers and admins. Reps get a plain refusal rather than their own figures. */
export function TeamView() {
  const { t } = useI18n();
  const me = useSession().data?.user;
  return (
    <Stack>
      <Title order={2}>{t("team.title")}</Title>
      <Text size="sm" c="dimmed">
        {t("team.subtitle")}
      </Text>
      {!me ? (
        <Loading />
      ) : me.role === "rep" ? (
        <Alert
          color="yellow"
          icon={<IconLock size={18} />}
          title={t("team.denied.title")}
          role="alert"
        >
          {t("team.denied.body")}
        </Alert>
      ) : (
        <TeamWeek admin={me.role === "admin"} />
      )}
    </Stack>
  );
}
