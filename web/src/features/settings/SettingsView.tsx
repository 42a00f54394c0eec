import { Stack, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { settingsApi } from "./api.ts";
import { CalendarFeedCard } from "./CalendarFeedCard.tsx";
import { ProfileForm } from "./ProfileForm.tsx";

/** /settings: the signed-in user's own profile, working hours and calendar feed. */
export function SettingsView() {
  const { t } = useI18n();
  const me = useQuery({ queryKey: ["settings", "me"], queryFn: settingsApi.me, staleTime: 0 });
  // Bumped on "reload": remounts the form so it starts again from what the server has now.
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    await me.refetch();
    setGeneration((g) => g + 1);
  };
  return (
    // Capped width: full-width inputs on a wide screen are hard to scan.
    <Stack maw={960}>
      <Title order={2}>{t("settings.title")}</Title>
      <QueryState query={me}>
        {(user) => <ProfileForm key={generation} user={user} onReload={() => void reload()} />}
      </QueryState>
      <CalendarFeedCard />
    </Stack>
  );
}
