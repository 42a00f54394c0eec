import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { ApiError } from "../api/problem.ts";
import { useI18n } from "../i18n/i18n.tsx";

export function Loading() {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" mr="sm" />
      <Text c="dimmed">{t("state.loading")}</Text>
    </Center>
  );
}

export function Empty({ children }: { children: string }) {
  return (
    <Text c="dimmed" ta="center" py="lg">
      {children}
    </Text>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const network = error instanceof ApiError && error.status === 0;
  const detail = error instanceof ApiError && !network ? error.problem.detail : undefined;
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t("state.error")} role="alert">
      <Stack gap="xs" align="flex-start">
        {network ? <Text size="sm">{t("state.networkError")}</Text> : null}
        {detail ? <Text size="sm">{detail}</Text> : null}
        {onRetry ? (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t("state.retry")}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
