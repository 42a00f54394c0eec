import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Stack align="center" py="xl">
      <Text>{t("state.notFound")}</Text>
      <Anchor component={Link} to="/">
        {t("state.back")}
      </Anchor>
    </Stack>
  );
}
