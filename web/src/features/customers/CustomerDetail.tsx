import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from "@mantine/core";
import {
  IconArrowLeft,
  IconBellPlus,
  IconBrandWechat,
  IconClipboardPlus,
  IconNotes,
  IconPhoneCall,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { endpoints } from "../../api/endpoints.ts";
import type { Customer, TimelineEntry } from "../../api/types.ts";
import { type Translate, useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/messages.ts";
import { telHref } from "../../map/navigation.ts";
import { noItems, QueryState } from "../../ui/QueryState.tsx";
import { AddNeedForm } from "../needs/AddNeedForm.tsx";
import { AddFollowUpForm } from "./AddFollowUpForm.tsx";
import { ContactLine } from "./ContactLine.tsx";
import { CustomerFollowUps, CustomerNeeds } from "./CustomerNeeds.tsx";
import { LogCallForm, type QuickChannel } from "./LogCallForm.tsx";

function Field({
  label,
  value,
  href,
}: {
  label: string;
  value: string | null | undefined;
  /** A tel: or mailto: link: a rep on a phone taps the number rather than copying it. */
  href?: string;
}) {
  if (!value) return null;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {href ? (
        <Anchor href={href} size="sm" style={{ overflowWrap: "anywhere" }}>
          {value}
        </Anchor>
      ) : (
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {value}
        </Text>
      )}
    </div>
  );
}

function Details({ c }: { c: Customer }) {
  const { t, formatDate, formatMoney } = useI18n();
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {t("customer.details")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Field label={t("customer.address")} value={c.address} />
        <Field
          label={t("customer.phone")}
          value={c.phone}
          href={c.phone ? telHref(c.phone) : undefined}
        />
        <Field
          label={t("customer.email")}
          value={c.email}
          href={c.email ? `mailto:${c.email}` : undefined}
        />
        <Field label={t("customer.industry")} value={c.industry} />
        <Field
          label={t("customer.value")}
          value={c.valueCents === null ? null : formatMoney(c.valueCents)}
        />
        <Field label={t("customer.since")} value={formatDate(c.createdAt)} />
        <Field label={t("customer.notes")} value={c.notes} />
      </SimpleGrid>
    </Card>
  );
}

function Contacts({ id }: { id: string }) {
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ["customer", id, "contacts"],
    queryFn: () => endpoints.contacts(id),
  });
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {t("customer.contacts")}
      </Title>
      <QueryState query={q} empty={t("customer.noContacts")} isEmpty={noItems}>
        {(data) => (
          <Stack gap="xs">
            {data.items.map((p) => (
              <ContactLine key={p.id} contact={p} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

/** The line under an entry's label; the label says what kind of entry it is. */
function entryText(e: TimelineEntry): string {
  switch (e.type) {
    case "communication":
      return e.communication.subject || (e.communication.content ?? "");
    case "follow_up":
    case "follow_up_done":
      return e.followUp.notes ?? "";
    case "need_status":
      return e.needStatus.title;
    case "visit":
      return e.visit.purpose ?? "";
  }
}

function entryId(e: TimelineEntry): string {
  switch (e.type) {
    case "communication":
      return e.communication.id;
    case "follow_up":
    case "follow_up_done":
      return e.followUp.id;
    case "need_status":
      return `${e.needStatus.needId}-${e.needStatus.to}`;
    case "visit":
      return e.visit.id;
  }
}

function entryLabel(e: TimelineEntry, t: Translate): string {
  if (e.type === "communication") return t(`channel.${e.communication.channel}` as MessageKey);
  if (e.type === "need_status") return t(`needStatus.${e.needStatus.to}` as MessageKey);
  return t(`timeline.${e.type}`);
}

function Activity({ id }: { id: string }) {
  const { t, formatDateTime } = useI18n();
  const q = useQuery({
    queryKey: ["customer", id, "timeline"],
    queryFn: () => endpoints.timeline(id),
  });
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {t("customer.timeline")}
      </Title>
      <QueryState query={q} empty={t("customer.noTimeline")} isEmpty={noItems}>
        {(data) => (
          <Timeline bulletSize={12} lineWidth={2}>
            {data.items.map((e) => {
              return (
                <Timeline.Item key={`${e.type}-${entryId(e)}-${e.at}`} title={entryLabel(e, t)}>
                  <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                    {entryText(e)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(e.at)}
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </QueryState>
    </Card>
  );
}

export function CustomerDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const [logging, setLogging] = useState<QuickChannel | null>(null);
  const [adding, setAdding] = useState<"need" | "followUp" | null>(null);
  const actions = [
    { channel: "phone", label: t("customer.logCall"), icon: IconPhoneCall },
    { channel: "wechat", label: t("customer.logWechat"), icon: IconBrandWechat },
    { channel: "visit", label: t("customer.logVisit"), icon: IconNotes },
  ] as const;
  const current = actions.find((a) => a.channel === logging);
  const q = useQuery({ queryKey: ["customer", id], queryFn: () => endpoints.customer(id) });
  return (
    <Stack>
      <Anchor component={Link} to="/customers" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t("customer.back")}
        </Group>
      </Anchor>
      <QueryState query={q}>
        {(customer) => (
          <>
            <Group justify="space-between" align="flex-start" gap="sm">
              <div style={{ minWidth: 0 }}>
                <Title order={2} style={{ overflowWrap: "anywhere" }}>
                  {customer.name}
                </Title>
                <Group gap={4} mt={4}>
                  <Badge variant="light">{t(`status.${customer.status}`)}</Badge>
                  <Badge variant="outline" color="gray">
                    {customer.tier}
                  </Badge>
                  {customer.city ? (
                    <Text size="sm" c="dimmed">
                      {customer.city}
                    </Text>
                  ) : null}
                </Group>
              </div>
              <Group gap="xs" role="group" aria-label={t("customer.quickActions")}>
                {actions.map((a, i) => (
                  <Button
                    key={a.channel}
                    variant={i === 0 ? "filled" : "light"}
                    leftSection={<a.icon size={16} aria-hidden />}
                    onClick={() => setLogging(a.channel)}
                  >
                    {a.label}
                  </Button>
                ))}
                <Button
                  variant="light"
                  leftSection={<IconClipboardPlus size={16} aria-hidden />}
                  onClick={() => setAdding("need")}
                >
                  {t("needs.add")}
                </Button>
                <Button
                  variant="light"
                  leftSection={<IconBellPlus size={16} aria-hidden />}
                  onClick={() => setAdding("followUp")}
                >
                  {t("needs.followUp.add")}
                </Button>
              </Group>
            </Group>
            <Modal
              opened={logging !== null}
              onClose={() => setLogging(null)}
              title={current?.label}
            >
              {logging ? (
                <LogCallForm customerId={id} channel={logging} onDone={() => setLogging(null)} />
              ) : null}
            </Modal>
            <Modal
              opened={adding !== null}
              onClose={() => setAdding(null)}
              title={adding === "need" ? t("needs.add") : t("needs.followUp.add")}
            >
              {adding === "need" ? (
                <AddNeedForm customerId={id} onDone={() => setAdding(null)} />
              ) : adding === "followUp" ? (
                <AddFollowUpForm customerId={id} onDone={() => setAdding(null)} />
              ) : null}
            </Modal>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Stack>
                <Details c={customer} />
                <CustomerNeeds id={id} />
                <CustomerFollowUps id={id} />
                <Contacts id={id} />
              </Stack>
              <Activity id={id} />
            </SimpleGrid>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
