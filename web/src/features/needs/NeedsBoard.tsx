import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { Alert, Badge, Card, Group, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { Empty, ErrorState, Loading } from "../../ui/states.tsx";
import "./needs.css";
import {
  BOARD_LIMIT,
  type BoardFilters as Filters,
  NEED_STATUSES,
  type NeedItem,
  type NeedStatus,
  needsApi,
} from "./api.ts";
import { BoardFilters, typeLabel, useNeedTypes } from "./BoardFilters.tsx";
import { columnKeyboardCoordinates } from "./keyboard.ts";
import { NeedCard, NeedCardBody } from "./NeedCard.tsx";
import { NoteModal } from "./NoteModal.tsx";
import { boardKey, useMoveNeed } from "./useMoveNeed.ts";

// The pointer decides where a mouse or finger drop lands; keyboard drags have no pointer.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

function Column({
  status,
  count,
  children,
}: {
  status: NeedStatus;
  count: number | null;
  children: React.ReactNode;
}) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const headingId = `needs-column-${status}`;
  return (
    <section
      ref={setNodeRef}
      className="needs-column"
      data-status={status}
      data-over={isOver || undefined}
      aria-labelledby={headingId}
    >
      <Group justify="space-between" mb="xs" px={4} wrap="nowrap">
        <Title order={3} size="h5" id={headingId}>
          {t(`needs.status.${status}`)}
        </Title>
        {count === null ? null : (
          <Badge variant="light" color="gray">
            {count}
          </Badge>
        )}
      </Group>
      <Stack gap="xs">{children}</Stack>
    </section>
  );
}

export function NeedsBoard() {
  const { t, locale } = useI18n();
  const [filters, setFilters] = useState<Filters>({ type: null, ownerId: null, overdue: false });
  const [active, setActive] = useState<NeedItem | null>(null);
  const types = useNeedTypes();
  const move = useMoveNeed();
  const columns = useQueries({
    queries: NEED_STATUSES.map((status) => ({
      queryKey: boardKey(status, filters),
      queryFn: () => needsApi.list(status, filters),
      // Changing a filter keeps the old cards up until the new ones arrive: no flashing board.
      placeholderData: keepPreviousData,
    })),
  });
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle is not a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const label = (key: string) => typeLabel(types.data?.items, key, locale);
  const title = (id: string | number) => {
    const all = columns.flatMap((c) => c.data?.items ?? []);
    return all.find((n) => n.id === id)?.title ?? "";
  };
  const statusName = (id: string | number | undefined) =>
    NEED_STATUSES.includes(id as NeedStatus) ? t(`needs.status.${id as NeedStatus}`) : "";
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t("needs.dnd.start", { title: title(a.id) }),
    onDragOver: ({ active: a, over }) =>
      over ? t("needs.dnd.over", { title: title(a.id), status: statusName(over.id) }) : undefined,
    onDragEnd: ({ active: a, over }) =>
      over
        ? t("needs.dnd.end", { title: title(a.id), status: statusName(over.id) })
        : t("needs.dnd.endNowhere", { title: title(a.id) }),
    onDragCancel: ({ active: a }) => t("needs.dnd.cancel", { title: title(a.id) }),
  };

  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    setActive(null);
    const need = a.data.current?.need as NeedItem | undefined;
    if (need && over) move.request(need, over.id as NeedStatus);
  };

  // A card being moved shows in its target column until the server has answered.
  const cardsFor = (status: NeedStatus, index: number): NeedItem[] => {
    const own = (columns[index]?.data?.items ?? []).filter(
      (n) => (move.pending[n.id] ?? n.status) === status,
    );
    const incoming = columns
      .flatMap((c) => c.data?.items ?? [])
      .filter((n) => n.status !== status && move.pending[n.id] === status);
    return [...incoming, ...own];
  };

  const loading = columns.every((c) => c.isPending);
  // One message when nothing could be read (offline, signed out), not four.
  const failed = columns.every((c) => c.isError) ? columns[0]?.error : null;
  return (
    <Stack>
      <Title order={2}>{t("needs.title")}</Title>
      <BoardFilters
        value={filters}
        onChange={(next) => {
          move.releaseFocus();
          setFilters(next);
        }}
      />
      {move.failure ? (
        <Alert
          color="red"
          role="alert"
          icon={<IconAlertTriangle size={18} />}
          title={t("needs.move.failed")}
          withCloseButton
          closeButtonLabel={t("state.close")}
          onClose={move.dismiss}
        >
          {move.failure}
        </Alert>
      ) : null}
      <VisuallyHidden role="status" aria-live="polite">
        {move.moved ?? ""}
      </VisuallyHidden>
      {loading ? (
        <Loading />
      ) : failed ? (
        <ErrorState
          error={failed}
          onRetry={() => {
            for (const c of columns) void c.refetch();
          }}
        />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={collision}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t("needs.dnd.instructions") },
          }}
          onDragStart={(e) => setActive((e.active.data.current?.need as NeedItem) ?? null)}
          onDragCancel={() => setActive(null)}
          onDragEnd={onDragEnd}
        >
          <div className="needs-board">
            {NEED_STATUSES.map((status, i) => {
              const q = columns[i];
              const cards = cardsFor(status, i);
              return (
                <Column key={status} status={status} count={q?.data ? cards.length : null}>
                  {!q || q.isPending ? (
                    <Loading />
                  ) : q.isError ? (
                    <ErrorState error={q.error} onRetry={() => q.refetch()} />
                  ) : cards.length === 0 ? (
                    <Empty>{t("needs.column.empty")}</Empty>
                  ) : (
                    cards.map((n) => (
                      <NeedCard
                        key={n.id}
                        need={n}
                        typeLabel={label(n.type)}
                        moving={move.pending[n.id] !== undefined}
                        onMove={(to) => move.request(n, to)}
                        focusHandle={move.focusId === n.id}
                      />
                    ))
                  )}
                  {q?.data?.nextCursor ? (
                    <Text size="xs" c="dimmed" px={4}>
                      {t("needs.column.more", { count: BOARD_LIMIT })}
                    </Text>
                  ) : null}
                </Column>
              );
            })}
          </div>
          <DragOverlay dropAnimation={null}>
            {active ? (
              <Card withBorder padding="sm" shadow="md" style={{ cursor: "grabbing" }}>
                <NeedCardBody need={active} typeLabel={label(active.type)} />
              </Card>
            ) : null}
          </DragOverlay>
        </DndContext>
      )}
      <NoteModal asking={move.asking} onConfirm={move.confirm} onCancel={move.cancel} />
    </Stack>
  );
}
