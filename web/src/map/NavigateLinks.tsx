import { Button, Group, Menu } from "@mantine/core";
import { IconChevronDown, IconNavigation } from "@tabler/icons-react";
import { useI18n } from "../i18n/i18n.tsx";
import type { LatLon } from "./crs.ts";
import { type Destination, MAP_APPS, type MapApp, navigationUrl } from "./navigation.ts";

/**
 * "Navigate with <app>" and, beside it, the other apps. Links open in a new tab so the app
 * (or the map site) does not replace Rapport's page; on a phone the OS hands them to the app.
 */
export function NavigateLinks({
  to,
  from,
  app,
  compact = false,
}: {
  to: Destination;
  from?: LatLon | null;
  app: MapApp;
  compact?: boolean;
}) {
  const { t } = useI18n();
  const appName = (a: MapApp) => t(`mapApp.${a}`);
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        component="a"
        href={navigationUrl(app, to, from)}
        target="_blank"
        rel="noopener noreferrer"
        size={compact ? "sm" : "md"}
        variant={compact ? "light" : "filled"}
        leftSection={<IconNavigation size={16} aria-hidden />}
        aria-label={
          compact ? t("near.navigateTo", { name: to.name, app: appName(app) }) : undefined
        }
        data-map-app={app}
      >
        {compact ? t("near.navigate") : t("there.navigate", { app: appName(app) })}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size={compact ? "sm" : "md"}
            px="xs"
            aria-label={`${t("there.otherApps")}: ${to.name}`}
          >
            <IconChevronDown size={16} aria-hidden />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t("there.otherApps")}</Menu.Label>
          {MAP_APPS.filter((a) => a !== app).map((a) => (
            <Menu.Item
              key={a}
              component="a"
              href={navigationUrl(a, to, from)}
              target="_blank"
              rel="noopener noreferrer"
              data-map-app={a}
            >
              {appName(a)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
