import { Badge, Group } from "@mantine/core";
import { IconAlertTriangle, IconLock, IconPlus } from "@tabler/icons-react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { PlanRoute, PlanStop } from "./api.ts";
import { violationsOf } from "./draft-model.ts";

/**
 * A stop's state after hand edits: locked, added, and why it cannot be kept as timed. Words,
 * not colour alone, so the warning reads the same to everyone (and to screen readers).
 */
export function StopFlags({ stop }: { stop: PlanStop }) {
  const { t } = useI18n();
  const problems = violationsOf(stop);
  if (!stop.locked && !stop.added && problems.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      {stop.locked ? (
        <Badge
          size="xs"
          variant="light"
          color="blue"
          leftSection={<IconLock size={10} aria-hidden />}
        >
          {t("draft.locked")}
        </Badge>
      ) : null}
      {stop.added ? (
        <Badge
          size="xs"
          variant="light"
          color="grape"
          leftSection={<IconPlus size={10} aria-hidden />}
        >
          {t("draft.added")}
        </Badge>
      ) : null}
      {problems.map((v) => (
        <Badge
          key={v}
          size="xs"
          color="red.9"
          variant="filled"
          leftSection={<IconAlertTriangle size={10} aria-hidden />}
        >
          {t(`draft.violation.${v}`)}
        </Badge>
      ))}
    </Group>
  );
}

/** A route that ends after working hours, or on a day off, says so next to its summary. */
export function RouteFlags({ route }: { route: PlanRoute }) {
  const { t } = useI18n();
  const problems = route.violations ?? [];
  if (problems.length === 0) return null;
  return (
    <>
      {problems.map((v) => (
        <Badge key={v} size="xs" color="red.9" variant="filled">
          {t(`draft.violation.${v}`)}
        </Badge>
      ))}
    </>
  );
}
