import { Accordion, Anchor, Badge, Group, List, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import type { Unplanned } from "./api.ts";
import { clock, dayLabel, type groupByDay, type RepInfo } from "./model.ts";

type Days = ReturnType<typeof groupByDay>;

/** Per day, per rep: the ordered stops with ETA, visit time, drive and why each is there. */
export function StopList({ days, reps }: { days: Days; reps: Map<string, RepInfo> }) {
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
                    </Group>
                    <List type="ordered" spacing={6} size="sm" withPadding>
                      {r.stops.map((s) => (
                        <List.Item key={s.customerId}>
                          <Group gap={6} wrap="wrap">
                            <Text size="sm" fw={600}>
                              {t("plan.eta", { time: clock(s.arrival, locale, tz) })}
                            </Text>
                            <Text size="sm" c="dimmed">
                              ({clock(s.start, locale, tz)}–{clock(s.end, locale, tz)})
                            </Text>
                            <Anchor component={Link} to={`/customers/${s.customerId}`} size="sm">
                              {s.name}
                            </Anchor>
                            {s.fixed ? (
                              <Badge size="xs" variant="outline">
                                {t("plan.fixed")}
                              </Badge>
                            ) : null}
                          </Group>
                          <Text size="xs" c="dimmed">
                            {t("plan.travel", { km: formatNumber(s.travelKm), min: s.travelMin })}
                            {s.reasonText ? ` · ${t("plan.why", { text: s.reasonText })}` : ""}
                          </Text>
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

/** The due customers the plan leaves out, each with the server's reason. */
export function LeftOut({ items }: { items: Unplanned[] }) {
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
        </List.Item>
      ))}
    </List>
  );
}
