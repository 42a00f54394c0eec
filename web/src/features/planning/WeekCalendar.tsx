import "./planning.css";
import { Box, Stack, Text, Title } from "@mantine/core";
import type { CSSProperties } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { PlanStop } from "./api.ts";
import { type ColoredRoute, clock, dayLabel, type groupByDay, type RepInfo } from "./model.ts";

type Days = ReturnType<typeof groupByDay>;

function Block({ stop, color, timeZone }: { stop: PlanStop; color: string; timeZone?: string }) {
  const { t, locale } = useI18n();
  const late = (stop.violations ?? []).length > 0;
  return (
    <div
      className={late ? "plan-block plan-block-late" : "plan-block"}
      style={{ "--route": color } as CSSProperties}
    >
      <Text size="xs" fw={700}>
        {clock(stop.start, locale, timeZone)}–{clock(stop.end, locale, timeZone)}
      </Text>
      {late ? (
        <Text size="xs" fw={700} c="red.9">
          {t("draft.late")}
        </Text>
      ) : null}
      <Text size="xs" lineClamp={2}>
        {stop.name}
      </Text>
    </div>
  );
}

function Cell({ route, rep }: { route: ColoredRoute | undefined; rep: RepInfo }) {
  const { t } = useI18n();
  if (!route) {
    return (
      <Text size="xs" c="dimmed">
        {t("plan.noRoutes")}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {route.stops.map((s) => (
        <Block key={s.customerId} stop={s} color={route.color} timeZone={rep.timeZone} />
      ))}
    </Stack>
  );
}

/**
 * The week at a glance: a grid of reps × days, each stop a block at its time in the route's
 * colour. On a phone the grid would not fit, so it becomes a list, day by day.
 */
export function WeekCalendar({ days, reps }: { days: Days; reps: RepInfo[] }) {
  const { t, locale } = useI18n();
  const many = reps.length > 1;
  const columns = `${many ? "minmax(90px, 0.7fr) " : ""}repeat(${days.length}, minmax(120px, 1fr))`;
  return (
    <>
      <Box visibleFrom="sm" className="plan-grid" style={{ gridTemplateColumns: columns }}>
        {many ? (
          <Text size="sm" fw={700}>
            {t("plan.rep")}
          </Text>
        ) : null}
        {days.map((d) => (
          <Text key={d.date} size="sm" fw={700}>
            {dayLabel(d.date, locale)}
          </Text>
        ))}
        {reps.map((rep) => [
          many ? (
            <Text key={`${rep.id}-name`} size="sm" fw={500}>
              {rep.name}
            </Text>
          ) : null,
          ...days.map((d) => (
            <Cell
              key={`${rep.id}-${d.date}`}
              rep={rep}
              route={d.routes.find((r) => r.repId === rep.id)}
            />
          )),
        ])}
      </Box>
      <Stack hiddenFrom="sm" gap="md">
        {days.map((d) => (
          <Box key={d.date}>
            <Title order={4} size="h6" mb={4}>
              {dayLabel(d.date, locale)}
            </Title>
            {d.routes.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t("plan.noRoutes")}
              </Text>
            ) : (
              <Stack gap={6}>
                {d.routes.map((r) => {
                  const rep = reps.find((x) => x.id === r.repId) ?? { id: r.repId, name: "" };
                  return (
                    <Box key={r.key}>
                      {many ? (
                        <Text size="xs" fw={500} mb={2}>
                          {rep.name}
                        </Text>
                      ) : null}
                      <Cell route={r} rep={rep} />
                    </Box>
                  );
                })}
              </Stack>
            )}
          </Box>
        ))}
      </Stack>
    </>
  );
}
