import { Anchor } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { call, rapport } from "../api/client.ts";
import { useI18n } from "../i18n/i18n.tsx";

/**
 * "Source code": where this server's source is offered (AGPL-3.0 section 13), from the
 * installation's settings: SOURCE_URL, or the server's own /source.tar.gz. Shares the
 * app-config query with the map and check-in screens.
 */
export function SourceLink() {
  const { t } = useI18n();
  const config = useQuery({
    queryKey: ["app-config"],
    queryFn: () => call(rapport.GET("/api/v1/app-config")),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const href = config.data?.sourceUrl;
  if (!href) return null;
  return (
    <Anchor href={href} size="xs" c="dimmed" rel="noopener" target="_blank">
      {t("app.source")}
    </Anchor>
  );
}
