import {
  ActionIcon,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { localDate } from "../../i18n/time.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { type RepKpis, teamApi } from "./api.ts";
import { PlanDoneBar } from "./PlanDoneBar.tsx";
import { addDays, mondayOf } from "./week.ts";

type Counts = Pick<
  RepKpis,
  | "planned"
  | "completed"
  | "missed"
  | "cancelled"
  | "followUpsDue"
  | "followUpsDone"
  | "planCompletionRate"
>;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {value}
      </Text>
    </div>
  );
}

function RepRow({ name, c }: { name: string; c: Counts }) {
  const { t, formatNumber } = useI18n();
  const n = formatNumber;
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fw={600} truncate="end">
          {name}
        </Text>
        <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
          {t("team.doneOfPlanned", { done: n(c.completed), planned: n(c.planned) })}
          {c.planCompletionRate === null ? "" : ` · ${Math.round(c.planCompletionRate * 100)}%`}
        </Text>
      </Group>
      <PlanDoneBar name={name} planned={c.planned} completed={c.completed} missed={c.missed} />
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        <Figure label={t("team.planned")} value={n(c.planned)} />
        <Figure label={t("team.completed")} value={n(c.completed)} />
        <Figure label={t("team.missed")} value={n(c.missed)} />
        <Figure label={t("team.cancelled")} value={n(c.cancelled)} />
        <Figure
          label={t("team.followUps")}
          value={t("team.followUps.value", { done: n(c.followUpsDone), due: n(c.followUpsDue) })}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Admins pick a team (or everyone); a manager always sees their own team. */
function TeamPicker({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useI18n();
  const teams = useQuery({ queryKey: ["team", "teams"], queryFn: teamApi.teams });
  return (
    <NativeSelect
      label={t("team.pick")}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: "", label: t("team.pick.all") },
        ...(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name })),
      ]}
      maw={280}
    />
  );
}

/** Plan vs done for one week (Mon–Sun), per rep, from the visit KPIs. */
export function TeamWeek({ admin }: { admin: boolean }) {
  const { t, formatDate, timeZone } = useI18n();
  // "This week" is the manager's week, counted in their profile zone.
  const thisWeek = mondayOf(localDate(new Date(), timeZone));
  const [monday, setMonday] = useState(thisWeek);
  const [teamId, setTeamId] = useState("");
  const sunday = addDays(monday, 6);
  const report = useQuery({
    queryKey: ["team", "kpis", monday, teamId],
    queryFn: () => teamApi.kpis(monday, sunday, teamId || null),
    // Keep last week's bars on screen while the next week loads: no flashing spinner.
    placeholderData: keepPreviousData,
  });
  const label = t("team.week", { from: formatDate(monday), to: formatDate(sunday) });
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Group gap="xs" wrap="nowrap" role="group" aria-label={t("team.weekNav")}>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={() => setMonday(addDays(monday, -7))}
            aria-label={t("team.prev")}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <Text fw={600} aria-live="polite" ta="center" miw={150}>
            {label}
          </Text>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={() => setMonday(addDays(monday, 7))}
            aria-label={t("team.next")}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
          {monday !== thisWeek ? (
            <Button variant="subtle" size="xs" onClick={() => setMonday(thisWeek)}>
              {t("team.thisWeek")}
            </Button>
          ) : null}
        </Group>
        {admin ? <TeamPicker value={teamId} onChange={setTeamId} /> : null}
      </Group>
      <Group gap="md" wrap="wrap">
        <Legend color="var(--mantine-color-teal-7)" label={t("team.completed")} />
        <Legend color="var(--mantine-color-red-7)" label={t("team.missed")} />
        <Legend color="var(--mantine-color-blue-2)" label={t("team.open")} />
      </Group>
      <QueryState query={report} empty={t("team.empty")} isEmpty={(week) => week.reps.length === 0}>
        {(week) => (
          <>
            <Card withBorder bg="gray.0">
              <RepRow name={t("team.total")} c={week.total} />
            </Card>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {week.reps.map((rep) => (
                <Card withBorder key={rep.repId} component="section" aria-label={rep.name}>
                  <RepRow name={rep.name} c={rep} />
                </Card>
              ))}
            </SimpleGrid>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span
        aria-hidden
        style={{
          width: 12,
          height: 12,
          borderRadius: 3,
          background: color,
          display: "inline-block",
        }}
      />
      <Text size="xs">{label}</Text>
    </Group>
  );
}
