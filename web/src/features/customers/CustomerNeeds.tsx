import { Anchor, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { noItems, QueryState } from "../../ui/QueryState.tsx";
import { needsApi } from "../needs/api.ts";

const STATUS_COLOR = { open: "blue", in_progress: "yellow", resolved: "green", dropped: "gray" };
// Dark text on the tinted badge: Mantine's yellow and green text fail WCAG AA on white.
const BADGE_TEXT = "var(--mantine-color-dark-7)";

/** The customer's needs, soonest due first; the board is where they are moved. */
export function CustomerNeeds({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  // Under ["needs"], so moves on the board and new needs refresh this list too.
  const q = useQuery({
    queryKey: ["needs", "customer", id],
    queryFn: () => needsApi.forCustomer(id),
  });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          {t("needs.customer.needs")}
        </Title>
        <Anchor component={Link} to="/needs" size="sm">
          {t("needs.customer.board")}
        </Anchor>
      </Group>
      <QueryState query={q} empty={t("needs.customer.noNeeds")} isEmpty={noItems}>
        {(data) => (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {data.items.map((n) => (
              <li key={n.id} data-need-id={n.id}>
                <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
                  <Text size="sm" fw={500} style={{ overflowWrap: "anywhere", minWidth: 0 }}>
                    {n.title}
                  </Text>
                  <Badge
                    size="sm"
                    variant="light"
                    color={STATUS_COLOR[n.status]}
                    style={{ flexShrink: 0, color: BADGE_TEXT }}
                  >
                    {t(`needs.status.${n.status}`)}
                  </Badge>
                </Group>
                <Group gap={6}>
                  <Text size="xs" c={n.overdue ? "red" : "dimmed"} fw={n.overdue ? 600 : undefined}>
                    {t("needs.card.due", { date: formatDate(n.dueAt) })}
                  </Text>
                  {n.overdue ? (
                    <Badge size="xs" color="red">
                      {t("needs.card.overdue")}
                    </Badge>
                  ) : null}
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

/** Open follow-ups for the customer, soonest first. */
export function CustomerFollowUps({ id }: { id: string }) {
  const { t, formatDateTime } = useI18n();
  const q = useQuery({
    queryKey: ["customer", id, "follow-ups"],
    queryFn: () => needsApi.followUps(id),
  });
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {t("needs.customer.followUps")}
      </Title>
      <QueryState query={q} empty={t("needs.customer.noFollowUps")} isEmpty={noItems}>
        {(data) => (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {data.items.map((f) => (
              <li key={f.id}>
                <Group gap={6}>
                  <Badge size="sm" variant="light">
                    {t(`followUp.kind.${f.kind}`)}
                  </Badge>
                  <Text
                    size="sm"
                    c={f.overdue ? "red" : undefined}
                    fw={f.overdue ? 600 : undefined}
                  >
                    {formatDateTime(f.dueAt)}
                  </Text>
                  {f.overdue ? (
                    <Badge size="xs" color="red">
                      {t("needs.card.overdue")}
                    </Badge>
                  ) : null}
                </Group>
                {f.notes ? (
                  <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                    {f.notes}
                  </Text>
                ) : null}
              </li>
            ))}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
