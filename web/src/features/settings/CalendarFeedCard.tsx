import {
  ActionIcon,
  Alert,
  Button,
  Card,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { useFormError } from "../../ui/useFieldErrors.ts";
import { settingsApi } from "./api.ts";

const FEED_KEY = ["calendar", "feed"] as const;

function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useI18n();
  return (
    <TextInput
      label={label}
      value={value}
      readOnly
      onFocus={(e) => e.currentTarget.select()}
      rightSection={
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t("settings.feed.copied") : t("settings.feed.copy")}>
              <ActionIcon
                variant="subtle"
                color={copied ? "teal" : "gray"}
                onClick={copy}
                aria-label={t("settings.feed.copyLabel", { what: label })}
              >
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      }
    />
  );
}

/**
 * The personal calendar feed. The server never shows the URL again after creating it (only
 * its hash is stored), so the URL lives in this component's mutation result and nowhere else.
 */
export function CalendarFeedCard() {
  const { t, formatDateTime } = useI18n();
  const qc = useQueryClient();
  const status = useQuery({ queryKey: FEED_KEY, queryFn: settingsApi.feedStatus });
  const create = useMutation({
    mutationFn: settingsApi.createFeed,
    onSuccess: (r) => qc.setQueryData(FEED_KEY, { exists: true, createdAt: r.createdAt }),
  });
  const revoke = useMutation({
    mutationFn: settingsApi.revokeFeed,
    onSuccess: () => {
      create.reset();
      qc.setQueryData(FEED_KEY, { exists: false, createdAt: null });
    },
  });
  const failure = useFormError(create.error ?? revoke.error);
  // Both stop the current URL at once, in every calendar subscribed to it: ask first.
  const [confirming, setConfirming] = useState<"regenerate" | "revoke" | null>(null);
  const confirm = () => {
    if (confirming === "revoke") revoke.mutate();
    else create.mutate();
    setConfirming(null);
  };

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb={4}>
        {t("settings.feed")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("settings.feed.hint")}
      </Text>
      <QueryState query={status}>
        {(feed) => (
          <Stack gap="sm">
            <Text size="sm" role="status">
              {feed.exists && feed.createdAt
                ? t("settings.feed.active", { date: formatDateTime(feed.createdAt) })
                : t("settings.feed.none")}
            </Text>
            {create.data ? (
              <Alert color="blue" title={t("settings.feed.once")}>
                <Stack gap="xs">
                  <CopyField label={t("settings.feed.url")} value={create.data.url} />
                  <CopyField label={t("settings.feed.webcal")} value={create.data.webcalUrl} />
                </Stack>
              </Alert>
            ) : null}
            {failure ? (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            ) : null}
            {confirming ? (
              <Alert color="yellow" role="alert" title={t(`settings.feed.confirm.${confirming}`)}>
                <Text size="sm" mb="xs">
                  {t("settings.feed.confirm.body")}
                </Text>
                <Group gap="sm">
                  <Button
                    size="xs"
                    color={confirming === "revoke" ? "red" : "blue"}
                    onClick={confirm}
                  >
                    {t(`settings.feed.confirm.${confirming}.yes`)}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                    {t("settings.feed.confirm.no")}
                  </Button>
                </Group>
              </Alert>
            ) : null}
            <Group gap="sm">
              <Button
                onClick={() => (feed.exists ? setConfirming("regenerate") : create.mutate())}
                loading={create.isPending}
                variant={feed.exists ? "default" : "filled"}
              >
                {feed.exists ? t("settings.feed.regenerate") : t("settings.feed.create")}
              </Button>
              {feed.exists ? (
                <Button
                  color="red"
                  variant="light"
                  onClick={() => setConfirming("revoke")}
                  loading={revoke.isPending}
                >
                  {t("settings.feed.revoke")}
                </Button>
              ) : null}
            </Group>
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
