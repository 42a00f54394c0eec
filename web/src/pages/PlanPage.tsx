import { Stack, Text, Title } from "@mantine/core";
import { useSession } from "../features/auth/session.ts";
import { PlanWorkspace } from "../features/planning/PlanWorkspace.tsx";
import { useI18n } from "../i18n/i18n.tsx";

/** /visits/plan: plan a week of visits for me or my team, review the draft, publish it. */
export function PlanPage() {
  const { t } = useI18n();
  const session = useSession();
  const user = session.data?.user;
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t("plan.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("plan.intro")}
        </Text>
      </div>
      {user ? <PlanWorkspace user={user} /> : null}
    </Stack>
  );
}
