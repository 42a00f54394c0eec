import { Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../../i18n/i18n.tsx";
import { addDays, dayRange, formatDay, localDate } from "../../i18n/time.ts";
import { noItems, QueryState } from "../../ui/QueryState.tsx";
import { type Visit, visitKeys, visitsApi } from "./api.ts";
import { useCustomerNames } from "./useCustomerNames.ts";
import { VisitRow } from "./VisitRow.tsx";

const DAYS = 7;

/** Each calendar day in the rep's zone with its visits, days in the order the list has them. */
function byDay(visits: Visit[], timeZone: string): Map<string, Visit[]> {
  const days = new Map<string, Visit[]>();
  for (const v of visits) {
    const day = localDate(new Date(v.plannedStart), timeZone);
    days.set(day, [...(days.get(day) ?? []), v]);
  }
  return days;
}

/** A rep's visits from today through the next week, grouped by day, today first. */
export function UpcomingVisits({
  repId,
  timeZone,
  title,
}: {
  repId: string;
  timeZone: string;
  title: string;
}) {
  const { t, locale } = useI18n();
  const today = localDate(new Date(), timeZone);
  const range = dayRange(today, DAYS, timeZone);
  const q = useQuery({
    queryKey: visitKeys.list(repId, range.from, range.to),
    queryFn: () => visitsApi.list({ repId, ...range }),
  });
  const names = useCustomerNames(q.data?.items.map((v) => v.customerId) ?? []);
  const dayLabel = (day: string) => {
    if (day === today) return `${t("visits.today")} · ${formatDay(day, locale)}`;
    if (day === addDays(today, 1)) return `${t("visits.tomorrow")} · ${formatDay(day, locale)}`;
    return formatDay(day, locale);
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="upcoming-title">
      <Title order={3} size="h4" id="upcoming-title">
        {title}
      </Title>
      <QueryState query={q} empty={t("visits.noUpcoming")} isEmpty={noItems}>
        {(data) =>
          [...byDay(data.items, timeZone)].map(([day, visits]) => (
            <Stack gap="xs" key={day}>
              <Text fw={600} size="sm" c={day === today ? "blue.8" : undefined}>
                {dayLabel(day)}
              </Text>
              {visits.map((v) => (
                <VisitRow key={v.id} visit={v} name={names.get(v.customerId)} timeZone={timeZone} />
              ))}
            </Stack>
          ))
        }
      </QueryState>
    </Stack>
  );
}
