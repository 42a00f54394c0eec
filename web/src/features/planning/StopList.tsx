import { Accordion, Anchor, Badge, Button, Group, List, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import type { PlanStop, Unplanned } from "./api.ts";
import { type ColoredRoute, clock, dayLabel, type groupByDay, type RepInfo } from "./model.ts";
import { RouteFlags, StopFlags } from "./StopFlags.tsx";

type Days = ReturnType<typeof groupByDay>;

/**
 * Per day, per rep: the ordered stops with ETA, visit time, drive and why each is there, and
 * what hand edits left infeasible. On a draft, `actions` gives each stop its edit menu.
 */
export function StopList({
  days,
  reps,
  actions,
}: {
  days: Days;
  reps: Map<string, RepInfo>;
  actions?: (stop: PlanStop, index: number, route: ColoredRoute) => ReactNode;
}) {
  const { t, locale, formatNumber } = useI18n();
  const first = days.find((d) => d.routes.length > 0)?.date;
  return (
    <Accordion multiple defaultValue={first ? [first] : []} variant="separated">
      {days.map((d) => (
        <Accordion.Item key={d.date} value={d.date}>
          <Accordion.Control>
            <Group gap="xs">
              <Text fw={600}>{dayLabel(d.date, locale)}</Text>
              <Badge variant="light" color="gray">
                {formatNumber(d.routes.reduce((n, r) => n + r.stops.length, 0))}
              </Badge>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            {d.routes.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("plan.noRoutes")}
              </Text>
            ) : null}
            <Stack gap="lg">
              {d.routes.map((r) => {
                const rep = reps.get(r.repId);
                const tz = rep?.timeZone;
                return (
                  <section
                    key={r.key}
                    aria-label={`${rep?.name ?? ""} ${dayLabel(d.date, locale)}`}
                  >
                    <Group gap="xs" mb={4} wrap="wrap">
                      <span
                        aria-hidden
                        style={{ width: 14, height: 4, background: r.color, borderRadius: 2 }}
                      />
                      <Text fw={600} size="sm">
                        {rep?.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t("plan.routeSummary", {
                          leave: clock(r.leave, locale, tz),
                          back: clock(r.back, locale, tz),
                          km: formatNumber(r.km),
                          stops: r.stops.length,
                        })}
                      </Text>
                      <RouteFlags route={r} />
                    </Group>
                    <List type="ordered" spacing={6} size="sm" withPadding>
                      {r.stops.map((s, i) => (
                        <List.Item key={s.customerId}>
                          <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                            <Stack gap={2} miw={0}>
                              <Group gap={6} wrap="wrap">
                                <Text size="sm" fw={600}>
                                  {t("plan.eta", { time: clock(s.arrival, locale, tz) })}
                                </Text>
                                <Text size="sm" c="dimmed">
                                  ({clock(s.start, locale, tz)}–{clock(s.end, locale, tz)})
                                </Text>
                                <Anchor
                                  component={Link}
                                  to={`/customers/${s.customerId}`}
                                  size="sm"
                                >
                                  {s.name}
                                </Anchor>
                                {s.fixed ? (
                                  <Badge size="xs" variant="outline">
                                    {t("plan.fixed")}
                                  </Badge>
                                ) : null}
                              </Group>
                              <StopFlags stop={s} />
                              <Text size="xs" c="dimmed">
                                {t("plan.travel", {
                                  km: formatNumber(s.travelKm),
                                  min: s.travelMin,
                                })}
                                {s.reasonText ? ` · ${t("plan.why", { text: s.reasonText })}` : ""}
                              </Text>
                            </Stack>
                            {actions?.(s, i, r)}
                          </Group>
                        </List.Item>
                      ))}
                    </List>
                  </section>
                );
              })}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

/** The due customers the plan leaves out, each with the server's reason; on a draft, "add back". */
export function LeftOut({
  items,
  onAdd,
  busy,
}: {
  items: Unplanned[];
  onAdd?: (item: Unplanned) => void;
  busy?: boolean;
}) {
  const { t } = useI18n();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("plan.noLeftOut")}
      </Text>
    );
  }
  return (
    <List spacing={6} size="sm">
      {items.map((u) => (
        <List.Item key={u.customerId}>
          <Anchor component={Link} to={`/customers/${u.customerId}`} size="sm">
            {u.name}
          </Anchor>
          <Text span size="sm" c="dimmed">
            {" — "}
            {u.reasonText}
          </Text>
          {onAdd && u.reason !== "no_coordinates" ? (
            <Button
              size="compact-xs"
              variant="light"
              ml="xs"
              disabled={busy}
              aria-label={t("draft.addBackName", { name: u.name })}
              onClick={() => onAdd(u)}
            >
              {t("draft.addBack")}
            </Button>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}
