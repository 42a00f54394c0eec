import { ActionIcon, Menu } from "@mantine/core";
import {
  IconArrowDown,
  IconArrowUp,
  IconCalendarEvent,
  IconDots,
  IconLock,
  IconLockOpen,
  IconTrash,
} from "@tabler/icons-react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { PlanStop } from "./api.ts";
import type { DraftEditing } from "./useDraftEdits.ts";

/**
 * One stop's edits, in a menu so that a phone row keeps its room for the name and times:
 * up and down within the day, to another day or rep, lock or unlock, drop. A locked stop is
 * unlocked before it moves; a fixed visit (agreed, checked in, about to start) has no edits.
 */
export function StopActions({
  stop,
  index,
  count,
  editing,
  onMoveTo,
}: {
  stop: PlanStop;
  index: number;
  count: number;
  editing: DraftEditing;
  onMoveTo: (stop: PlanStop) => void;
}) {
  const { t } = useI18n();
  if (stop.fixed) return null;
  const locked = stop.locked === true;
  const customerId = stop.customerId;
  const move = (position: number) => editing.edit({ op: "move", customerId, position }, stop.name);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={t("draft.actions", { name: stop.name })}
          disabled={editing.busy}
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconArrowUp size={14} aria-hidden />}
          disabled={locked || index === 0}
          onClick={() => move(index - 1)}
        >
          {t("draft.moveUp")}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowDown size={14} aria-hidden />}
          disabled={locked || index >= count - 1}
          onClick={() => move(index + 1)}
        >
          {t("draft.moveDown")}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCalendarEvent size={14} aria-hidden />}
          disabled={locked}
          onClick={() => onMoveTo(stop)}
        >
          {t("draft.moveTo")}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={
            locked ? <IconLockOpen size={14} aria-hidden /> : <IconLock size={14} aria-hidden />
          }
          onClick={() => editing.edit({ op: locked ? "unlock" : "lock", customerId }, stop.name)}
        >
          {locked ? t("draft.unlock") : t("draft.lock")}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={14} aria-hidden />}
          disabled={locked}
          onClick={() => editing.edit({ op: "drop", customerId }, stop.name)}
        >
          {t("draft.drop")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
