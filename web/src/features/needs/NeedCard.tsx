import { useDraggable } from "@dnd-kit/core";
import { Anchor, Badge, Button, Card, Group, Loader, Menu, Stack, Text } from "@mantine/core";
import { IconChevronDown, IconGripVertical } from "@tabler/icons-react";
import { useEffect, useId, useRef } from "react";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { NEED_STATUSES, type NeedItem, type NeedStatus } from "./api.ts";

export interface CardProps {
  need: NeedItem;
  typeLabel: string;
  /** Set while the server is deciding on a move to this card's current column. */
  moving?: boolean;
}

/** What a card shows; also the drag preview, which has no controls. */
export function NeedCardBody({ need, typeLabel, titleId }: CardProps & { titleId?: string }) {
  const { t, formatDate } = useI18n();
  return (
    <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
      <Text id={titleId} fw={600} size="sm" style={{ overflowWrap: "anywhere" }}>
        {need.title}
      </Text>
      {need.customerName ? (
        <Anchor
          component={Link}
          to={`/customers/${need.customerId}`}
          size="xs"
          style={{ overflowWrap: "anywhere" }}
        >
          {need.customerName}
        </Anchor>
      ) : null}
      <Group gap={4}>
        <Badge size="xs" variant="light">
          {typeLabel}
        </Badge>
        <Badge size="xs" variant="outline" color="gray">
          {t("needs.card.importance", { n: need.importance })}
        </Badge>
        {need.overdue ? (
          <Badge size="xs" color="red" variant="filled">
            {t("needs.card.overdue")}
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c={need.overdue ? "red" : "dimmed"} fw={need.overdue ? 600 : undefined}>
        {t("needs.card.due", { date: formatDate(need.dueAt) })}
      </Text>
      <Text size="xs" c="dimmed" truncate="end">
        {need.ownerName
          ? t("needs.card.owner", { name: need.ownerName })
          : t("needs.card.unassigned")}
      </Text>
    </Stack>
  );
}

/** A draggable card (by its handle) with a "Move to…" menu for keyboard and touch users. */
export function NeedCard({
  need,
  typeLabel,
  moving,
  onMove,
  focusHandle,
}: CardProps & {
  onMove: (to: NeedStatus) => void;
  /** A moved card is a new element in its new column: put the keyboard user back on it. */
  focusHandle?: boolean;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const handle = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (focusHandle) handle.current?.focus();
  }, [focusHandle]);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: need.id,
    data: { need },
    disabled: moving,
  });
  return (
    <Card
      ref={setNodeRef}
      withBorder
      padding="sm"
      data-need-id={need.id}
      data-overdue={need.overdue || undefined}
      style={{
        opacity: isDragging || moving ? 0.5 : 1,
        borderLeft: need.overdue ? "4px solid var(--mantine-color-red-7)" : undefined,
      }}
    >
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <button
          type="button"
          ref={(el) => {
            setActivatorNodeRef(el);
            handle.current = el;
          }}
          className="needs-drag-handle"
          {...attributes}
          {...listeners}
          aria-label={t("needs.card.drag", { title: need.title })}
        >
          <IconGripVertical size={18} aria-hidden />
        </button>
        <NeedCardBody need={need} typeLabel={typeLabel} titleId={titleId} />
      </Group>
      <Group justify="flex-end" mt={4}>
        {moving ? (
          <Group gap={4} role="status">
            <Loader size="xs" />
            <Text size="xs" c="dimmed">
              {t("needs.card.moving")}
            </Text>
          </Group>
        ) : (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                size="compact-xs"
                variant="subtle"
                rightSection={<IconChevronDown size={12} aria-hidden />}
                aria-describedby={titleId}
              >
                {t("needs.card.moveTo")}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {NEED_STATUSES.filter((s) => s !== need.status).map((s) => (
                <Menu.Item key={s} onClick={() => onMove(s)}>
                  {t(`needs.status.${s}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Card>
  );
}
