import { Card, Group, Stack, Title } from "@mantine/core";
import { IconRoute } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../../i18n/i18n.tsx";
import { dayRange, formatTime, localDate, safeZone } from "../../i18n/time.ts";
import { noItems, QueryState } from "../../ui/QueryState.tsx";
import { useSession } from "../auth/session.ts";
import { visitKeys, visitsApi } from "../visits/api.ts";
import { useCustomerNames } from "../visits/useCustomerNames.ts";
import { VisitRow } from "../visits/VisitRow.tsx";

/**
 * Today's visits in route order (planned start: the published plan's order) with their ETAs.
 * Keyed under ["visits"], so a check-in or check-out anywhere refreshes it too.
 */
export function TodayVisits() {
  const { t, locale } = useI18n();
  const session = useSession();
  const user = session.data?.user;
  const timeZone = safeZone(user?.timeZone);
  const range = dayRange(localDate(new Date(), timeZone), 1, timeZone);
  const repId = user?.id ?? "";
  const q = useQuery({
    queryKey: visitKeys.list(repId, range.from, range.to),
    queryFn: () => visitsApi.list({ repId, ...range }),
    enabled: repId !== "",
  });
  const names = useCustomerNames(q.data?.items.map((v) => v.customerId) ?? []);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="today-visits">
      <Group gap="xs" mb="xs">
        <IconRoute size={18} aria-hidden />
        <Title order={3} size="h5" id="today-visits">
          {t("visits.todaysVisits")}
        </Title>
      </Group>
      <QueryState query={q} empty={t("visits.noneToday")} isEmpty={noItems}>
        {(data) => {
          let stop = 0;
          return (
            <Stack gap="xs">
              {data.items.map((v) => {
                const eta = t("visits.eta", { time: formatTime(v.plannedStart, locale, timeZone) });
                // Cancelled visits are no stop on the route; they keep their place, unnumbered.
                const prefix =
                  v.status === "cancelled" ? eta : `${t("visits.stop", { n: ++stop })} · ${eta}`;
                return (
                  <VisitRow
                    key={v.id}
                    visit={v}
                    name={names.get(v.customerId)}
                    timeZone={timeZone}
                    prefix={prefix}
                  />
                );
              })}
            </Stack>
          );
        }}
      </QueryState>
    </Card>
  );
}
