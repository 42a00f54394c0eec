import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { endpoints } from "../../api/endpoints.ts";
import type { FollowUp, Notification } from "../../api/types.ts";
import { type Translate, useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/messages.ts";
import { noItems, QueryState } from "../../ui/QueryState.tsx";
import { Empty } from "../../ui/states.tsx";
import { NearbyDue } from "./NearbyDue.tsx";
import { TodayVisits } from "./TodayVisits.tsx";

const KINDS = ["call", "visit", "email", "message", "wechat"];

function FollowUpList({
  title,
  items,
  count,
  color,
}: {
  title: string;
  items: FollowUp[];
  count: number;
  color: string;
}) {
  const { t, formatDateTime, formatNumber } = useI18n();
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Badge color={color} variant="light">
          {formatNumber(count)}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Empty>{t("day.none")}</Empty>
      ) : (
        <Stack gap="xs">
          {items.map((f) => {
            const kind = (
              KINDS.includes(f.kind) ? `followUp.kind.${f.kind}` : "followUp.kind.other"
            ) as MessageKey;
            return (
              <div key={f.id}>
                <Group gap="xs" wrap="nowrap">
                  <Badge size="sm" variant="outline">
                    {t(kind)}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    {formatDateTime(f.dueAt)}
                  </Text>
                </Group>
                <Anchor component={Link} to={`/customers/${f.customerId}`} size="sm">
                  {f.notes || t("day.openCustomer")}
                </Anchor>
              </div>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}

/**
 * The title in the language on screen. The server renders it in the profile's language; a
 * language just switched here may not be saved yet, so known kinds are rendered from their
 * parameters, and anything else shows the server's title.
 */
function notificationTitle(
  n: Pick<Notification, "kind" | "title" | "params">,
  t: Translate,
): string {
  const customer = n.params?.customerName;
  if (n.kind === "follow_up_due" && typeof customer === "string") {
    return t("notification.followUpDue", { customer });
  }
  return n.title;
}

function Notifications() {
  const { t, formatDateTime } = useI18n();
  const q = useQuery({ queryKey: ["notifications"], queryFn: endpoints.notifications });
  const qc = useQueryClient();
  // Reading is fire-and-forget from the user's view: refresh the list and unread count after.
  const refresh = () => qc.invalidateQueries({ queryKey: ["notifications"] });
  const readOne = useMutation({ mutationFn: endpoints.readNotification, onSettled: refresh });
  const readAll = useMutation({ mutationFn: endpoints.readAllNotifications, onSettled: refresh });
  return (
    <Card withBorder padding="md" component="section" aria-label={t("day.notifications")}>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <IconBell size={18} aria-hidden />
          <Title order={3} size="h5">
            {t("day.notifications")}
          </Title>
        </Group>
        {q.data && q.data.unreadCount > 0 ? (
          <Group gap="xs">
            <Badge color="red">{t("day.unread", { count: q.data.unreadCount })}</Badge>
            <Button
              size="compact-xs"
              variant="subtle"
              loading={readAll.isPending}
              onClick={() => readAll.mutate()}
            >
              {t("day.readAll")}
            </Button>
          </Group>
        ) : null}
      </Group>
      <QueryState query={q} empty={t("day.noNotifications")} isEmpty={noItems}>
        {(data) => (
          <Stack gap="xs">
            {data.items.map((n) => (
              <div key={n.id}>
                <Text size="sm" fw={n.readAt ? 400 : 600}>
                  {n.customerId ? (
                    <Anchor
                      component={Link}
                      to={`/customers/${n.customerId}`}
                      inherit
                      onClick={() => {
                        if (!n.readAt) readOne.mutate(n.id);
                      }}
                    >
                      {notificationTitle(n, t)}
                    </Anchor>
                  ) : (
                    notificationTitle(n, t)
                  )}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(n.createdAt)}
                  {n.body ? ` · ${n.body}` : ""}
                </Text>
              </div>
            ))}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

export function MyDayView() {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ["me", "day"], queryFn: endpoints.myDay });
  return (
    <Stack>
      <Title order={2}>{t("day.title")}</Title>
      <TodayVisits />
      <NearbyDue />
      <QueryState query={q}>
        {(day) => (
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <FollowUpList
              title={t("day.overdue")}
              items={day.overdue}
              count={day.counts.overdue}
              color="red"
            />
            <FollowUpList
              title={t("day.today")}
              items={day.today}
              count={day.counts.today}
              color="blue"
            />
            <FollowUpList
              title={t("day.upcoming")}
              items={day.upcoming}
              count={day.counts.upcoming}
              color="gray"
            />
          </SimpleGrid>
        )}
      </QueryState>
      <Notifications />
    </Stack>
  );
}
