import { Alert, Badge, Button, Card, Group, Progress, Stack, Stepper, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import type { User as SessionUser } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/messages.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { planApi, planKey, type VisitPlan } from "./api.ts";
import { PlanForm } from "./PlanForm.tsx";
import { PlanReview } from "./PlanReview.tsx";

// Colours with AA contrast for their text: the light variants the theme darkens, yellow with
// dark text, and a deep teal for done.
const STATUS_LOOK: Record<VisitPlan["status"], { color: string; variant: "light" | "filled" }> = {
  queued: { color: "blue", variant: "light" },
  running: { color: "blue", variant: "light" },
  draft: { color: "yellow", variant: "filled" },
  published: { color: "teal.9", variant: "filled" },
  failed: { color: "red", variant: "light" },
};

export function StatusBadge({ status }: { status: VisitPlan["status"] }) {
  const { t } = useI18n();
  return (
    <Group gap={6}>
      <Text size="sm" c="dimmed">
        {t("plan.status")}
      </Text>
      <Badge {...STATUS_LOOK[status]} autoContrast size="lg">
        {t(`plan.status.${status}` as MessageKey)}
      </Badge>
    </Group>
  );
}

const pending = (p: VisitPlan | undefined) => p?.status === "queued" || p?.status === "running";

/**
 * Set up → review the draft → publish. The plan's id lives in the URL (`?plan=…`), so a
 * reload or a shared link comes back to the same draft.
 */
export function PlanWorkspace({ user }: { user: SessionUser }) {
  const { t, formatNumber } = useI18n();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const id = params.get("plan");
  const plan = useQuery({
    queryKey: planKey(id ?? ""),
    queryFn: () => planApi.get(id ?? ""),
    enabled: Boolean(id),
    // Poll while the background job runs; stop once it has an answer.
    refetchInterval: (q) => (pending(q.state.data) ? 1000 : false),
  });
  const users = useQuery({ queryKey: ["users"], queryFn: planApi.users, select: (d) => d.items });

  // Three steps with their hints do not fit side by side on a phone; the labels alone do.
  const phone = useMediaQuery("(max-width: 36em)");
  const status = id ? plan.data?.status : undefined;
  const step = !status ? 0 : status === "published" ? 3 : 1;

  return (
    <Stack gap="lg">
      <Stepper
        active={step}
        size={phone ? "xs" : "sm"}
        wrap={!phone}
        allowNextStepsSelect={false}
        aria-label={t("plan.title")}
      >
        <Stepper.Step
          label={t("plan.step.setup")}
          description={phone ? undefined : t("plan.step.setupHint")}
        />
        <Stepper.Step
          label={t("plan.step.review")}
          description={phone ? undefined : t("plan.step.reviewHint")}
        />
        <Stepper.Step
          label={t("plan.step.publish")}
          description={phone ? undefined : t("plan.step.publishHint")}
        />
      </Stepper>

      {!id ? (
        <PlanForm
          user={user}
          onQueued={(created) => {
            qc.setQueryData(planKey(created.id), created);
            setParams({ plan: created.id });
          }}
        />
      ) : (
        <QueryState query={plan}>
          {(p) => (
            <>
              <Group justify="space-between" wrap="wrap">
                <StatusBadge status={p.status} />
                <Button variant="subtle" size="xs" onClick={() => setParams({})}>
                  {t("plan.again")}
                </Button>
              </Group>
              {pending(p) ? (
                <Card withBorder padding="md" role="status" aria-live="polite">
                  <Text size="sm" mb="xs">
                    {t("plan.progress", { percent: formatNumber(p.progress) })}
                  </Text>
                  <Progress value={p.progress} animated aria-hidden />
                  <Text size="xs" c="dimmed" mt="xs">
                    {t("plan.progressHint")}
                  </Text>
                </Card>
              ) : p.status === "failed" ? (
                <Alert color="red" role="alert" title={t("plan.failed")}>
                  {p.error}
                </Alert>
              ) : (
                <PlanReview plan={p} users={users.data} />
              )}
            </>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
