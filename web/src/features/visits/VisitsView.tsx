import { NativeSelect, SimpleGrid, Stack, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { safeZone } from "../../i18n/time.ts";
import { ErrorState, Loading } from "../../ui/states.tsx";
import { useSession } from "../auth/session.ts";
import { visitsApi } from "./api.ts";
import { DueList } from "./DueList.tsx";
import { UpcomingVisits } from "./UpcomingVisits.tsx";

/**
 * /visits: upcoming visits and who is due. A manager (or admin) picks a rep of the team;
 * both parts then show that rep's view.
 */
export function VisitsView() {
  const { t } = useI18n();
  const session = useSession();
  const user = session.data?.user;
  const picks = user !== undefined && user.role !== "rep";
  const users = useQuery({ queryKey: ["users"], queryFn: visitsApi.users, enabled: picks });
  const reps = (users.data?.items ?? []).filter((u) => u.role === "rep" && u.active);
  const [picked, setPicked] = useState<string | null>(null);
  if (!user) return null;
  // Wait for the team before choosing whose lists to load: no wasted request for the manager.
  if (picks && users.isPending) return <Loading />;
  if (picks && users.isError)
    return <ErrorState error={users.error} onRetry={() => users.refetch()} />;
  // A manager owns no customers: start with the first rep rather than an empty list.
  const repId = picks ? (picked ?? reps[0]?.id ?? user.id) : user.id;
  const rep = reps.find((r) => r.id === repId) ?? user;
  const timeZone = safeZone(rep.timeZone);
  return (
    <Stack gap="md">
      <Title order={2}>{t("visits.title")}</Title>
      {picks && reps.length > 0 ? (
        <NativeSelect
          size="md"
          maw={360}
          label={t("visits.rep")}
          value={repId}
          onChange={(e) => setPicked(e.currentTarget.value)}
          data={reps.map((r) => ({ value: r.id, label: r.name }))}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <UpcomingVisits
          key={`upcoming-${repId}`}
          repId={repId}
          timeZone={timeZone}
          title={repId === user.id ? t("visits.upcoming") : t("visits.upcomingFor")}
        />
        <DueList key={`due-${repId}`} repId={repId === user.id ? null : repId} />
      </SimpleGrid>
    </Stack>
  );
}
