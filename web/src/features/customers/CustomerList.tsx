import { Anchor, Badge, Group, NativeSelect, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { type CustomerFilters, endpoints } from "../../api/endpoints.ts";
import { CUSTOMER_STATUSES, CUSTOMER_TIERS, type Customer } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { QueryState } from "../../ui/QueryState.tsx";

const ROW_HEIGHT = 64;
const SORTS = ["name", "-name", "-createdAt", "-updatedAt"] as const;

function Row({ c }: { c: Customer }) {
  const { t, formatDate } = useI18n();
  return (
    <Group justify="space-between" wrap="nowrap" h={ROW_HEIGHT} px="sm" gap="xs">
      <div style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/customers/${c.id}`} fw={500} truncate="end" display="block">
          {c.name}
        </Anchor>
        <Text size="xs" c="dimmed" truncate="end">
          {[
            c.city,
            c.lastVisitedAt ? `${t("customers.lastVisit")} ${formatDate(c.lastVisitedAt)}` : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      </div>
      <Group gap={4} wrap="nowrap">
        <Badge variant="light" size="sm">
          {t(`status.${c.status}`)}
        </Badge>
        <Badge variant="outline" size="sm" color="gray">
          {c.tier}
        </Badge>
      </Group>
    </Group>
  );
}

/**
 * Server-side paging by cursor, one page of 50 at a time as the user scrolls; only the rows
 * on screen are in the DOM, so a million customers cost the browser the same as fifty.
 */
export function CustomerList() {
  const { t, formatNumber } = useI18n();
  const [q, setQ] = useState("");
  const [status, setStatus] = useState("");
  const [tier, setTier] = useState("");
  const [sort, setSort] = useState<(typeof SORTS)[number]>("name");
  const [debouncedQ] = useDebouncedValue(q, 250);
  const filters: CustomerFilters = { q: debouncedQ, status, tier, sort };
  const list = useInfiniteQuery({
    queryKey: ["customers", filters],
    queryFn: ({ pageParam }) => endpoints.customers(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtual.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    if (lastIndex >= rows.length - 10 && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const anyOption = { value: "", label: t("customers.any") };
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          style={{ flex: "1 1 220px" }}
          label={t("customers.searchLabel")}
          placeholder={t("customers.search")}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          type="search"
        />
        <NativeSelect
          style={{ flex: "0 1 140px" }}
          label={t("customers.status")}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[
            anyOption,
            ...CUSTOMER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
        <NativeSelect
          style={{ flex: "0 1 100px" }}
          label={t("customers.tier")}
          value={tier}
          onChange={(e) => setTier(e.currentTarget.value)}
          data={[anyOption, ...CUSTOMER_TIERS.map((s) => ({ value: s, label: s }))]}
        />
        <NativeSelect
          style={{ flex: "0 1 160px" }}
          label={t("customers.sort")}
          value={sort}
          onChange={(e) => setSort(SORTS.find((s) => s === e.currentTarget.value) ?? "name")}
          data={SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        />
      </Group>
      {/* The virtualizer is a hook, so rows live up here and the content reads them. */}
      <QueryState query={list} empty={t("customers.empty")} isEmpty={() => rows.length === 0}>
        {() => (
          <Paper withBorder>
            <div
              ref={scrollRef}
              style={{ height: "calc(100dvh - 260px)", minHeight: 320, overflowY: "auto" }}
              data-testid="customer-rows"
            >
              <ul
                style={{
                  height: virtual.getTotalSize(),
                  position: "relative",
                  margin: 0,
                  padding: 0,
                }}
              >
                {items.map((v) => (
                  <li
                    key={rows[v.index]!.id}
                    style={{
                      position: "absolute",
                      top: 0,
                      left: 0,
                      right: 0,
                      transform: `translateY(${v.start}px)`,
                      listStyle: "none",
                      borderBottom: "1px solid var(--mantine-color-default-border)",
                    }}
                  >
                    <Row c={rows[v.index]!} />
                  </li>
                ))}
              </ul>
            </div>
          </Paper>
        )}
      </QueryState>
      <Text size="xs" c="dimmed" aria-live="polite">
        {list.isFetchingNextPage
          ? t("customers.loadingMore")
          : rows.length > 0
            ? t("customers.shown", { count: formatNumber(rows.length) })
            : ""}
      </Text>
    </Stack>
  );
}
