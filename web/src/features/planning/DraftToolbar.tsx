import { Alert, Button, Card, Group, Stack, Text } from "@mantine/core";
import { IconPlus, IconRoute } from "@tabler/icons-react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { VisitPlan } from "./api.ts";
import type { DraftEditing } from "./useDraftEdits.ts";

/** Above the draft: add a due customer, re-optimise around the edits, and what just happened. */
export function DraftToolbar({
  plan,
  editing,
  onAdd,
}: {
  plan: VisitPlan;
  editing: DraftEditing;
  onAdd: () => void;
}) {
  const { t, formatNumber } = useI18n();
  const infeasible = plan.result?.totals.infeasibleStops ?? 0;
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Text size="sm">{t("draft.editHint")}</Text>
        <Group gap="xs" wrap="wrap">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={onAdd}
            disabled={editing.busy}
          >
            {t("draft.add")}
          </Button>
          <Button
            variant="light"
            leftSection={<IconRoute size={16} aria-hidden />}
            onClick={editing.reoptimise}
            loading={editing.reoptimising}
            disabled={editing.busy && !editing.reoptimising}
          >
            {t("draft.reoptimise")}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t("draft.reoptimiseHint")}
        </Text>
        {infeasible > 0 ? (
          <Text size="sm" c="red.9" fw={600}>
            {t("draft.infeasible", { n: formatNumber(infeasible) })}
          </Text>
        ) : null}
        <Text size="sm" role="status" aria-live="polite">
          {editing.notice ?? ""}
        </Text>
        {editing.failure ? (
          <Alert color="red" role="alert">
            {editing.failure}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
