import { Alert, Button, Card, Stack, Text, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { addDays, dayRange, localDate } from "../../i18n/time.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { Empty, ErrorState, Loading } from "../../ui/states.tsx";
import { useSession } from "../auth/session.ts";
import { type ExceptionFilter, exceptionKeys, exceptionsApi } from "./api.ts";
import { CountsTable } from "./CountsTable.tsx";
import { ExceptionCard } from "./ExceptionCard.tsx";
import { ExceptionFilters, type FilterForm } from "./ExceptionFilters.tsx";

const DEFAULT_DAYS = 30;

function initialForm(timeZone: string): FilterForm {
  const today = localDate(new Date(), timeZone);
  return {
    repId: "",
    teamId: "",
    kinds: [],
    fromDate: addDays(today, -(DEFAULT_DAYS - 1)),
    toDate: today,
  };
}

/** The dates the user picked, both whole days in their zone, as the API's instants. */
function toFilter(f: FilterForm, timeZone: string): ExceptionFilter {
  const from = dayRange(f.fromDate, 1, timeZone).from;
  const to = dayRange(f.toDate, 1, timeZone).to;
  return { repId: f.repId, teamId: f.teamId, kinds: f.kinds, from, to };
}

function Exceptions({ admin }: { admin: boolean }) {
  const { t, timeZone, formatDate } = useI18n();
  const [form, setForm] = useState(() => initialForm(timeZone));
  const filter = toFilter(form, timeZone);
  const counts = useQuery({
    queryKey: exceptionKeys.counts(filter),
    queryFn: () => exceptionsApi.counts(filter),
    placeholderData: keepPreviousData,
  });
  const list = useInfiniteQuery({
    queryKey: exceptionKeys.list(filter),
    queryFn: ({ pageParam }) => exceptionsApi.list(filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const caption = t("exceptions.countsCaption", {
    from: formatDate(form.fromDate),
    to: formatDate(form.toDate),
  });
  return (
    <Stack>
      <ExceptionFilters
        value={form}
        onChange={setForm}
        reps={counts.data?.reps ?? []}
        admin={admin}
        onClear={() => setForm(initialForm(timeZone))}
      />
      <Card withBorder padding="sm" component="section" aria-labelledby="exception-counts">
        <Title order={3} size="h5" id="exception-counts" mb="xs">
          {t("exceptions.counts")}
        </Title>
        <QueryState query={counts}>
          {(data) => (
            <CountsTable
              counts={data}
              selected={form.repId}
              onPick={(repId) => setForm({ ...form, repId })}
              caption={caption}
            />
          )}
        </QueryState>
      </Card>
      <Stack gap="sm" component="section" aria-labelledby="exception-list">
        <Title order={3} size="h5" id="exception-list">
          {t("exceptions.list")}
        </Title>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : items.length === 0 ? (
          <Empty>{t("exceptions.empty")}</Empty>
        ) : (
          <>
            {items.map((item) => (
              <ExceptionCard key={item.visitId} item={item} timeZone={timeZone} />
            ))}
            {list.hasNextPage ? (
              <Button
                variant="default"
                onClick={() => void list.fetchNextPage()}
                loading={list.isFetchingNextPage}
              >
                {t("exceptions.more")}
              </Button>
            ) : null}
          </>
        )}
      </Stack>
    </Stack>
  );
}

/** /exceptions: managers see their team's, admins everyone's. Reps are told it is not theirs. */
export function ExceptionsView() {
  const { t } = useI18n();
  const me = useSession().data?.user;
  return (
    <Stack>
      <Title order={2}>{t("exceptions.title")}</Title>
      <Text size="sm" c="dimmed">
        {t("exceptions.subtitle")}
      </Text>
      {!me ? (
        <Loading />
      ) : me.role === "rep" ? (
        <Alert color="yellow" icon={<IconLock size={18} />} role="alert">
          {t("exceptions.denied")}
        </Alert>
      ) : (
        <Exceptions admin={me.role === "admin"} />
      )}
    </Stack>
  );
}
