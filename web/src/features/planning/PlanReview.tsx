import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../../api/problem.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Empty, Loading } from "../../ui/states.tsx";
import { type PlanStop, planApi, planKey, type User, type VisitPlan } from "./api.ts";
import { AddCustomerDialog, MoveStopDialog } from "./DraftDialogs.tsx";
import { DraftToolbar } from "./DraftToolbar.tsx";
import { colorRoutes, dayLabel, groupByDay, hoursMinutes, repDirectory } from "./model.ts";
import { StopActions } from "./StopActions.tsx";
import { LeftOut, StopList } from "./StopList.tsx";
import { useDraftEdits } from "./useDraftEdits.ts";
import { WeekCalendar } from "./WeekCalendar.tsx";

// Leaflet is only downloaded once there is a draft to draw.
const PlanMap = lazy(() => import("./PlanMap.tsx").then((m) => ({ default: m.PlanMap })));

const DEFAULT_TILES = {
  tileUrl: import.meta.env.VITE_MAP_TILE_URL ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution: "© OpenStreetMap contributors",
  crs: "wgs84" as const,
  subdomains: "abc",
};

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Card>
  );
}

/** Steps 2 and 3: the draft (totals, map, calendar, stops, left out) and publishing it. */
export function PlanReview({
  plan,
  users,
}: {
  plan: VisitPlan;
  users: Pick<User, "id" | "name" | "timeZone">[] | undefined;
}) {
  const { t, locale, formatNumber, formatMoney, formatDateTime } = useI18n();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [mapDay, setMapDay] = useState<string | null>(null);
  // The server decides the tiles; a failed lookup falls back to the build's default.
  const config = useQuery({ queryKey: ["app-config"], queryFn: planApi.appConfig, retry: false });
  const tiles = config.data?.map ?? (config.isError ? DEFAULT_TILES : null);

  const result = plan.result;
  const routes = useMemo(() => (result ? colorRoutes(result) : []), [result]);
  const days = useMemo(
    () => groupByDay(routes, plan.startDate, plan.days),
    [routes, plan.startDate, plan.days],
  );
  const reps = useMemo(
    () => repDirectory(plan.repIds, result, users),
    [plan.repIds, result, users],
  );
  const repName = useCallback((id: string) => reps.get(id)?.name ?? "", [reps]);
  const mapRoutes = useMemo(
    () => (mapDay ? routes.filter((r) => r.date === mapDay) : routes),
    [routes, mapDay],
  );

  const editing = useDraftEdits(plan);
  const [moving, setMoving] = useState<{
    stop: PlanStop;
    from: { repId: string; date: string };
  } | null>(null);
  const [adding, setAdding] = useState(false);
  const draft = plan.status === "draft";

  // A double click must publish once: the flag is set before React re-renders the button.
  const publishing = useRef(false);
  const publish = useMutation({
    mutationFn: () => planApi.publish(plan.id),
    onSettled: () => {
      publishing.current = false;
    },
    onSuccess: (res) => {
      qc.setQueryData(planKey(plan.id), res.plan);
      setConfirming(false);
      // Publishing created visits: the visits screens and My day must show them now.
      void qc.invalidateQueries({ queryKey: ["visits"] });
      void qc.invalidateQueries({ queryKey: ["me", "day"] });
    },
    onError: () => {
      setConfirming(false);
      // Someone may have published it meanwhile: show the plan as it is now.
      void qc.invalidateQueries({ queryKey: planKey(plan.id) });
    },
  });

  const startPublish = () => {
    if (publishing.current) return;
    publishing.current = true;
    publish.mutate();
  };

  if (!result) return null;
  const { totals } = result;
  const duration = (min: number) => t("plan.duration", hoursMinutes(min));
  const newVisits = result.routes.reduce((n, r) => n + r.stops.filter((s) => !s.fixed).length, 0);
  // The server's words are English; the screen says it in the user's language.
  const publishError = !publish.error
    ? null
    : publish.error instanceof ApiError && publish.error.status === 0
      ? t("state.networkError")
      : publish.error instanceof ApiError && publish.error.code === "plan_not_draft"
        ? t("draft.error.plan_not_draft")
        : t("draft.publishFailed");
  // Right after publishing, or on a later visit: the counts the publish answered.
  const outcome = publish.data ?? result.publication;
  const dayList = days.map((d) => d.date);

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" mih={36}>
        <Text size="sm" fw={500}>
          {t("plan.period", {
            from: dayLabel(plan.startDate, locale),
            to: dayLabel(days[days.length - 1]?.date ?? plan.startDate, locale),
          })}
        </Text>
        {draft ? (
          <Button
            onClick={() => setConfirming(true)}
            disabled={totals.visits === 0 || editing.busy || publish.isPending}
          >
            {t("plan.publish")}
          </Button>
        ) : null}
      </Group>
      {plan.status === "published" ? (
        <Alert
          color="teal"
          icon={<IconCircleCheck size={18} />}
          title={t("plan.status.published")}
          // Mantine's light teal title falls short of 4.5:1 on its tint; dark text does not.
          styles={{ title: { color: "var(--mantine-color-black)" } }}
        >
          <Stack gap={4} align="flex-start">
            <Text size="sm">
              {t("plan.publishedAt", { when: formatDateTime(plan.publishedAt ?? plan.createdAt) })}
            </Text>
            {outcome ? (
              <Text size="sm">
                {t("plan.publishedResult", {
                  created: formatNumber(outcome.created),
                  replaced: formatNumber(outcome.replaced),
                })}
              </Text>
            ) : null}
            <Button component={Link} to="/visits" size="xs" color="teal.9">
              {t("plan.openVisits")}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      {publishError ? (
        <Alert color="red" role="alert">
          {publishError}
        </Alert>
      ) : null}
      {draft ? <DraftToolbar plan={plan} editing={editing} onAdd={() => setAdding(true)} /> : null}

      <section aria-labelledby="plan-totals">
        <Title order={3} size="h5" id="plan-totals" mb="xs">
          {t("plan.totals")}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs">
          <Stat label={t("plan.totals.visits")} value={formatNumber(totals.visits)} />
          <Stat label={t("plan.totals.km")} value={t("plan.km", { km: formatNumber(totals.km) })} />
          <Stat label={t("plan.totals.travel")} value={duration(totals.travelMin)} />
          <Stat label={t("plan.totals.face")} value={duration(totals.visitMin)} />
          <Stat label={t("plan.totals.value")} value={formatMoney(totals.valueCoveredCents)} />
          <Stat label={t("plan.totals.missed")} value={formatNumber(totals.mandatoryMissed)} />
        </SimpleGrid>
      </section>

      {totals.visits === 0 ? <Empty>{t("plan.empty")}</Empty> : null}

      <section aria-label={t("plan.map")}>
        <Group justify="flex-end" mb="xs">
          <Select
            label={t("plan.mapDay")}
            size="xs"
            w={180}
            value={mapDay ?? "all"}
            onChange={(v) => setMapDay(v === "all" || !v ? null : v)}
            data={[
              { value: "all", label: t("plan.allDays") },
              ...days.map((d) => ({ value: d.date, label: dayLabel(d.date, locale) })),
            ]}
            allowDeselect={false}
          />
        </Group>
        <Suspense fallback={<Loading />}>
          {tiles ? (
            <PlanMap routes={mapRoutes} reps={result.reps} tiles={tiles} repName={repName} />
          ) : (
            <Loading />
          )}
        </Suspense>
      </section>

      <Tabs defaultValue="calendar" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="calendar">{t("plan.calendar")}</Tabs.Tab>
          <Tabs.Tab value="stops">{t("plan.stops")}</Tabs.Tab>
          <Tabs.Tab value="left">{t("plan.leftOut", { n: result.unplanned.length })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="calendar" pt="md">
          <WeekCalendar days={days} reps={[...reps.values()]} />
        </Tabs.Panel>
        <Tabs.Panel value="stops" pt="md">
          <StopList
            days={days}
            reps={reps}
            actions={
              draft
                ? (stop, index, route) => (
                    <StopActions
                      stop={stop}
                      index={index}
                      count={route.stops.length}
                      editing={editing}
                      onMoveTo={(s) => setMoving({ stop: s, from: route })}
                    />
                  )
                : undefined
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="left" pt="md">
          <LeftOut
            items={result.unplanned}
            busy={editing.busy}
            onAdd={
              draft
                ? (u) => editing.edit({ op: "add", customerId: u.customerId }, u.name)
                : undefined
            }
          />
        </Tabs.Panel>
      </Tabs>

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("plan.publishTitle")}
        centered
      >
        <Stack>
          <Text size="sm">{t("plan.publishBody", { n: formatNumber(newVisits) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("plan.cancel")}
            </Button>
            <Button onClick={startPublish} loading={publish.isPending}>
              {t("plan.confirmPublish")}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {draft ? (
        <>
          <MoveStopDialog
            target={moving}
            days={dayList}
            reps={[...reps.values()]}
            editing={editing}
            onClose={() => setMoving(null)}
          />
          <AddCustomerDialog
            opened={adding}
            plan={plan}
            days={dayList}
            reps={reps}
            editing={editing}
            onClose={() => setAdding(false)}
          />
        </>
      ) : null}
    </Stack>
  );
}
