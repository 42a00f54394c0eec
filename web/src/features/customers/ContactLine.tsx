import { ActionIcon, Anchor, Badge, CopyButton, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconBrandWechat, IconCheck, IconCopy, IconMail, IconPhone } from "@tabler/icons-react";
import type { Contact } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { telHref } from "../../map/navigation.ts";

/**
 * One contact as a rep in the field needs it: tap the number to call, the address to write,
 * and copy the WeChat ID (WeChat has no link that opens a chat with an ID, so copy and paste
 * into "add contact" is the way).
 */
export function ContactLine({ contact: p }: { contact: Contact }) {
  const { t } = useI18n();
  return (
    <Stack gap={2} data-testid="contact">
      <Group gap="xs">
        <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
          {p.name}
        </Text>
        {p.title ? (
          <Text size="xs" c="dimmed">
            {p.title}
          </Text>
        ) : null}
        {p.isPrimary ? (
          <Badge size="xs" variant="light">
            {t("customer.primary")}
          </Badge>
        ) : null}
      </Group>
      {p.phone ? (
        <Anchor
          href={telHref(p.phone)}
          size="sm"
          aria-label={`${t("there.call", { name: p.name })}: ${p.phone}`}
        >
          <Group gap={6} wrap="nowrap" component="span">
            <IconPhone size={16} aria-hidden />
            {p.phone}
          </Group>
        </Anchor>
      ) : null}
      {p.email ? (
        <Anchor
          href={`mailto:${p.email}`}
          size="sm"
          aria-label={`${t("there.mail", { name: p.name })}: ${p.email}`}
          style={{ overflowWrap: "anywhere" }}
        >
          <Group gap={6} wrap="nowrap" component="span">
            <IconMail size={16} aria-hidden />
            {p.email}
          </Group>
        </Anchor>
      ) : null}
      {p.wechatId ? (
        <Group gap={6} wrap="nowrap">
          <IconBrandWechat size={16} aria-hidden color="var(--mantine-color-green-8)" />
          <Text size="sm" style={{ overflowWrap: "anywhere", userSelect: "all" }}>
            {t("log.wechatOf", { id: p.wechatId })}
          </Text>
          <CopyButton value={p.wechatId}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t("there.copied") : t("there.copy")}>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  onClick={copy}
                  aria-label={t("there.copyWechat", { name: p.name })}
                >
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      ) : null}
    </Stack>
  );
}
