import { Card, Group, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { formatTime } from "../../i18n/time.ts";
import type { Visit } from "./api.ts";
import { StatusBadge } from "./StatusBadge.tsx";

/**
 * One visit as a big tappable row: time, customer, kind, status. Shared by the visits list
 * and My day (kept free of heavy imports: My day is on the initial bundle budget).
 */
export function VisitRow({
  visit,
  name,
  timeZone,
  prefix,
}: {
  visit: Visit;
  name: string | undefined;
  timeZone: string;
  /** e.g. "Stop 2 · ETA 10:30" on My day; defaults to the planned start time. */
  prefix?: string;
}) {
  const { t, locale } = useI18n();
  const time = formatTime(visit.plannedStart, locale, timeZone);
  return (
    <Card
      withBorder
      padding="sm"
      component={Link}
      to={`/visits/${visit.id}`}
      mih={56}
      data-testid="visit-row"
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {prefix ?? time} · {t(`visits.type.${visit.type}`)}
          </Text>
          <Text fw={600} style={{ overflowWrap: "anywhere" }}>
            {name ?? t("visits.unknownCustomer")}
          </Text>
          {visit.purpose ? (
            <Text size="sm" lineClamp={1}>
              {visit.purpose}
            </Text>
          ) : null}
        </Stack>
        <StatusBadge status={visit.status} />
      </Group>
    </Card>
  );
}
