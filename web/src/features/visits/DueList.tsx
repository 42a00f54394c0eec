import { Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { noItems, QueryState } from "../../ui/QueryState.tsx";
import { type DueCustomer, type Visit, visitKeys, visitsApi } from "./api.ts";
import { ScheduleVisitForm } from "./ScheduleVisitForm.tsx";
import { badgeText } from "./tones.ts";

function DueRow({
  entry,
  scheduled,
  onSchedule,
}: {
  entry: DueCustomer;
  scheduled: Visit | undefined;
  onSchedule: () => void;
}) {
  const { t, formatNumber } = useI18n();
  // The API explains every score in the language the UI asked for.
  const reasons = entry.reasonText;
  return (
    <Card withBorder padding="sm" component="li" data-testid="due-row">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Anchor
            component={Link}
            to={`/customers/${entry.customerId}`}
            fw={600}
            style={{ overflowWrap: "anywhere", minWidth: 0 }}
          >
            {entry.name}
          </Anchor>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Badge variant="outline" color="gray" vars={badgeText("gray")}>
              {entry.tier}
            </Badge>
            <Badge variant="light">{t("visits.score", { score: formatNumber(entry.score) })}</Badge>
          </Group>
        </Group>
        {entry.mandatory ? (
          <Badge color="red" variant="light" w="fit-content">
            {t("visits.mandatory")}
          </Badge>
        ) : null}
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {reasons}
        </Text>
        {scheduled ? (
          <Group gap="xs">
            <Text size="sm" c="green.9">
              {t("visits.scheduled")}
            </Text>
            <Anchor component={Link} to={`/visits/${scheduled.id}`} size="sm">
              {t("visits.openVisit")}
            </Anchor>
          </Group>
        ) : (
          <Button
            variant="light"
            size="md"
            w="fit-content"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={onSchedule}
            aria-label={`${t("visits.schedule")}: ${entry.name}`}
          >
            {t("visits.schedule")}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

/** The ranked due list of one rep (null: the signed-in user), each row schedulable. */
export function DueList({ repId }: { repId: string | null }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: visitKeys.due(repId), queryFn: () => visitsApi.due(repId) });
  const [scheduling, setScheduling] = useState<DueCustomer | null>(null);
  const [scheduled, setScheduled] = useState<Map<string, Visit>>(() => new Map());
  return (
    <Stack gap="sm" component="section" aria-labelledby="due-title">
      <div>
        <Title order={3} size="h4" id="due-title">
          {t("visits.due")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("visits.dueHint")}
        </Text>
      </div>
      <QueryState query={q} empty={t("visits.noDue")} isEmpty={noItems}>
        {(data) => (
          <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: "none" }}>
            {data.items.map((entry) => (
              <DueRow
                key={entry.customerId}
                entry={entry}
                scheduled={scheduled.get(entry.customerId)}
                onSchedule={() => setScheduling(entry)}
              />
            ))}
          </Stack>
        )}
      </QueryState>
      <Modal
        opened={scheduling !== null}
        onClose={() => setScheduling(null)}
        title={scheduling ? t("visits.scheduleFor", { name: scheduling.name }) : ""}
        closeButtonProps={{ "aria-label": t("visits.close") }}
      >
        {scheduling ? (
          <ScheduleVisitForm
            customerId={scheduling.customerId}
            repId={repId}
            onCancel={() => setScheduling(null)}
            onDone={(visit) => {
              setScheduled((m) => new Map(m).set(scheduling.customerId, visit));
              setScheduling(null);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
