import {
  Button,
  Chip,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { type ExceptionKind, exceptionsApi, KINDS } from "./api.ts";

export type FilterForm = {
  repId: string;
  teamId: string;
  kinds: ExceptionKind[];
  /** Calendar dates (YYYY-MM-DD) in the user's zone, both included. */
  fromDate: string;
  toDate: string;
};

/** Rep, team (admins), kinds and dates. Reps to pick come from the counts: those in reach. */
export function ExceptionFilters({
  value,
  onChange,
  reps,
  admin,
  onClear,
}: {
  value: FilterForm;
  onChange: (next: FilterForm) => void;
  reps: { repId: string; name: string }[];
  admin: boolean;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const kindsLabel = useId();
  const teams = useQuery({
    queryKey: ["exceptions", "teams"],
    queryFn: exceptionsApi.teams,
    enabled: admin,
  });
  const set = (patch: Partial<FilterForm>) => onChange({ ...value, ...patch });
  return (
    <Stack gap="sm" component="section" aria-label={t("exceptions.filters")}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: admin ? 4 : 3 }} spacing="sm">
        {admin ? (
          <NativeSelect
            label={t("exceptions.team")}
            value={value.teamId}
            onChange={(e) => set({ teamId: e.currentTarget.value, repId: "" })}
            data={[
              { value: "", label: t("exceptions.allTeams") },
              ...(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name })),
            ]}
          />
        ) : null}
        <NativeSelect
          label={t("exceptions.rep")}
          value={value.repId}
          onChange={(e) => set({ repId: e.currentTarget.value })}
          data={[
            { value: "", label: t("exceptions.allReps") },
            ...reps.map((r) => ({ value: r.repId, label: r.name })),
          ]}
        />
        <TextInput
          type="date"
          label={t("exceptions.from")}
          value={value.fromDate}
          max={value.toDate}
          onChange={(e) => e.currentTarget.value && set({ fromDate: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t("exceptions.to")}
          value={value.toDate}
          min={value.fromDate}
          onChange={(e) => e.currentTarget.value && set({ toDate: e.currentTarget.value })}
        />
      </SimpleGrid>
      <div>
        <Text id={kindsLabel} size="sm" fw={500} mb={6}>
          {t("exceptions.kinds")}
        </Text>
        <Chip.Group
          multiple
          value={value.kinds}
          onChange={(v) => set({ kinds: v as ExceptionKind[] })}
        >
          <Group gap="xs" role="group" aria-labelledby={kindsLabel}>
            {KINDS.map((k) => (
              <Chip key={k} value={k} size="sm" variant="outline">
                {t(`exceptions.kind.${k}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </div>
      <Group>
        <Button variant="subtle" size="xs" onClick={onClear}>
          {t("exceptions.clear")}
        </Button>
      </Group>
    </Stack>
  );
}
