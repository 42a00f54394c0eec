import { Alert, Anchor, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconCircleCheck } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { formatDay, formatTime, localDate, safeZone } from "../../i18n/time.ts";
import { ErrorState, Loading } from "../../ui/states.tsx";
import { useSession } from "../auth/session.ts";
import { type Visit, visitKeys, visitsApi } from "./api.ts";
import { CancelVisitForm } from "./CancelVisitForm.tsx";
import { CheckInPanel } from "./CheckInPanel.tsx";
import { CheckInResult } from "./CheckInResult.tsx";
import { CheckOutForm } from "./CheckOutForm.tsx";
import { GettingThere } from "./GettingThere.tsx";
import { StatusBadge } from "./StatusBadge.tsx";
import { alertText } from "./tones.ts";
import { useCustomerNames } from "./useCustomerNames.ts";
import { VisitProof } from "./VisitProof.tsx";

function Completed({ visit, timeZone }: { visit: Visit; timeZone: string }) {
  const { t, locale, formatNumber } = useI18n();
  return (
    <Alert
      color="green"
      vars={alertText("green")}
      variant="light"
      icon={<IconCircleCheck size={22} aria-hidden />}
      title={t("visits.completedTitle")}
    >
      <Stack gap={4}>
        {visit.dwellMinutes != null ? (
          <Text size="sm" fw={600}>
            {t("visits.dwell", { minutes: formatNumber(visit.dwellMinutes) })}
          </Text>
        ) : null}
        {visit.checkOutAt ? (
          <Text size="sm">
            {t("visits.completedAt", { time: formatTime(visit.checkOutAt, locale, timeZone) })}
          </Text>
        ) : null}
        {visit.resultScore != null ? (
          <Text size="sm">{t("visits.scoreOf", { score: visit.resultScore })}</Text>
        ) : null}
        {visit.result ? (
          <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {visit.result}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** One visit, for the phone in the field: who, when, why, and the one next step. */
export function VisitDetail({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const session = useSession();
  const timeZone = safeZone(session.data?.user.timeZone);
  const q = useQuery({ queryKey: visitKeys.one(id), queryFn: () => visitsApi.get(id) });
  const names = useCustomerNames(q.data ? [q.data.customerId] : []);
  const config = useQuery({
    queryKey: ["app-config"],
    queryFn: visitsApi.appConfig,
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const v = q.data;
  const name = names.get(v.customerId) ?? t("visits.unknownCustomer");
  const day = formatDay(localDate(new Date(v.plannedStart), timeZone), locale);
  const span = `${formatTime(v.plannedStart, locale, timeZone)}–${formatTime(v.plannedEnd, locale, timeZone)}`;
  return (
    <Stack gap="md" maw={640}>
      <Anchor component={Link} to="/visits" size="sm">
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={16} aria-hidden />
          {t("visits.back")}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Title order={2} style={{ overflowWrap: "anywhere", minWidth: 0 }}>
          {name}
        </Title>
        <StatusBadge status={v.status} size="lg" />
      </Group>
      <Card withBorder padding="md">
        <Stack gap="xs">
          <Text size="lg" fw={600}>
            {day} · {span}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`visits.type.${v.type}`)}
          </Text>
          {v.purpose || !v.reasonText ? (
            <Text style={{ overflowWrap: "anywhere" }}>{v.purpose || t("visits.noPurpose")}</Text>
          ) : null}
          {v.reasonText ? (
            <Text size="sm" c="dimmed" data-testid="visit-why">
              {t("plan.why", { text: v.reasonText })}
            </Text>
          ) : null}
          <Anchor component={Link} to={`/customers/${v.customerId}`} size="sm">
            {t("visits.openCustomer")}
          </Anchor>
        </Stack>
      </Card>
      {v.status === "planned" || v.status === "checked_in" ? (
        <GettingThere customerId={v.customerId} />
      ) : null}
      <Card withBorder padding="md" component="section" aria-labelledby="visit-agenda">
        <Title order={3} size="h5" id="visit-agenda" mb="xs">
          {t("visits.agenda")}
        </Title>
        {v.agenda.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("visits.noAgenda")}
          </Text>
        ) : (
          <List spacing={4} size="sm">
            {v.agenda.map((a, i) => (
              <List.Item key={a.needId ?? `${i}-${a.text}`} style={{ overflowWrap: "anywhere" }}>
                {a.text}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <CheckInResult visit={v} timeZone={timeZone} radiusM={config.data?.visitRadiusM} />
      {v.status === "planned" ? (
        <>
          <CheckInPanel visit={v} />
          <CancelVisitForm visit={v} />
        </>
      ) : null}
      {v.status === "checked_in" ? (
        <Card withBorder padding="md" component="section" aria-labelledby="visit-check-out">
          <Title order={3} size="h5" id="visit-check-out" mb="sm">
            {t("visits.checkOut")}
          </Title>
          <CheckOutForm visit={v} />
        </Card>
      ) : null}
      {v.status === "completed" ? <Completed visit={v} timeZone={timeZone} /> : null}
      <VisitProof visit={v} timeZone={timeZone} />
      {v.status === "cancelled" ? (
        <Alert color="gray" vars={alertText("gray")}>
          {t("visits.cancelledBecause", { reason: v.cancelReason ?? "" })}
        </Alert>
      ) : null}
      {v.status === "missed" ? <Alert color="red">{t("visits.missedHint")}</Alert> : null}
    </Stack>
  );
}
