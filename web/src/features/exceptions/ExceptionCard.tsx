import { Anchor, Card, Group, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { formatDay, formatTime, localDate } from "../../i18n/time.ts";
import { durationText } from "../visits/duration.ts";
import { StatusBadge } from "../visits/StatusBadge.tsx";
import type { VisitException } from "./api.ts";
import { KindBadge } from "./KindBadge.tsx";

/** One visit with its exceptions: what, how far off, and the rep's reason (or none). */
export function ExceptionCard({ item, timeZone }: { item: VisitException; timeZone: string }) {
  const { t, locale, formatNumber } = useI18n();
  const day = formatDay(localDate(new Date(item.plannedStart), timeZone), locale);
  const time = formatTime(item.plannedStart, locale, timeZone);
  const details: string[] = [];
  if (item.kinds.includes("out_of_radius") && item.checkInDistanceM != null) {
    details.push(
      t("exceptions.detail.distance", { distance: formatNumber(item.checkInDistanceM) }),
    );
  }
  if (item.checkOutVerification === "out_of_radius" && item.checkOutDistanceM != null) {
    details.push(
      t("exceptions.detail.checkOutDistance", { distance: formatNumber(item.checkOutDistanceM) }),
    );
  }
  if (item.kinds.includes("early") && item.earlyMinutes) {
    details.push(t("exceptions.detail.early", { duration: durationText(t, item.earlyMinutes) }));
  }
  if (item.kinds.includes("late") && item.lateMinutes) {
    details.push(t("exceptions.detail.late", { duration: durationText(t, item.lateMinutes) }));
  }
  if (item.kinds.includes("short") && item.dwellMinutes != null) {
    details.push(t("exceptions.detail.dwell", { minutes: formatNumber(item.dwellMinutes) }));
  }
  if (item.photoCount > 0) {
    details.push(
      item.photoCount === 1
        ? t("exceptions.detail.photo")
        : t("exceptions.detail.photos", { n: formatNumber(item.photoCount) }),
    );
  }
  const reasons = [item.checkInReason, item.checkOutReason]
    .filter((r) => r !== null)
    .map((r) => [t(`proof.reason.${r.code}`), r.note].filter(Boolean).join(" — "));
  // Missed visits have nothing to explain with; the others should have a reason.
  const needsReason = item.kinds.some((k) => k !== "missed" && k !== "short" && k !== "unverified");
  return (
    <Card withBorder padding="sm" component="article" data-testid="exception-row">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Text fw={600} style={{ overflowWrap: "anywhere", minWidth: 0 }}>
            {item.customerName}
          </Text>
          <StatusBadge status={item.status} size="sm" />
        </Group>
        <Text size="sm" c="dimmed">
          {item.repName} · {day} {time}
        </Text>
        <Group gap={6}>
          {item.kinds.map((k) => (
            <KindBadge key={k} kind={k} />
          ))}
        </Group>
        {details.length > 0 ? <Text size="sm">{details.join(" · ")}</Text> : null}
        {reasons.length > 0 ? (
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {t("exceptions.reason", { reason: reasons.join("; ") })}
          </Text>
        ) : needsReason ? (
          <Text size="sm" c="red.9">
            {t("exceptions.noReason")}
          </Text>
        ) : null}
        <Anchor component={Link} to={`/visits/${item.visitId}`} size="sm">
          {t("exceptions.openVisit")}
        </Anchor>
      </Stack>
    </Card>
  );
}
