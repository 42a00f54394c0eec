import { Alert, Stack, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../../i18n/i18n.tsx";
import { ErrorState, Loading } from "../../ui/states.tsx";
import { useSession } from "../auth/session.ts";
import { adminApi, TEAMS_KEY, USERS_KEY } from "./api.ts";
import { TeamsCard } from "./TeamsCard.tsx";
import { UsersCard } from "./UsersCard.tsx";

/** Shown to anyone who is not an admin; the server would refuse their writes anyway. */
export function NotAllowed() {
  const { t } = useI18n();
  return (
    <Alert
      color="yellow"
      icon={<IconLock size={18} />}
      title={t("admin.denied.title")}
      role="alert"
    >
      {t("admin.denied.body")}
    </Alert>
  );
}

function AdminContent({ meId }: { meId: string }) {
  const users = useQuery({ queryKey: USERS_KEY, queryFn: adminApi.users });
  const teams = useQuery({ queryKey: TEAMS_KEY, queryFn: adminApi.teams });
  if (users.isPending || teams.isPending) return <Loading />;
  if (users.isError) return <ErrorState error={users.error} onRetry={() => users.refetch()} />;
  if (teams.isError) return <ErrorState error={teams.error} onRetry={() => teams.refetch()} />;
  return (
    <>
      <UsersCard users={users.data.items} teams={teams.data.items} meId={meId} />
      <TeamsCard teams={teams.data.items} users={users.data.items} />
    </>
  );
}

/** /admin: users and teams, for admins only. */
export function AdminView() {
  const { t } = useI18n();
  const session = useSession();
  const me = session.data?.user;
  return (
    <Stack>
      <Title order={2}>{t("admin.title")}</Title>
      {!me ? <Loading /> : me.role === "admin" ? <AdminContent meId={me.id} /> : <NotAllowed />}
    </Stack>
  );
}
