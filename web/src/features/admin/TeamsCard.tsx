import {
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { IconPencil, IconPlus } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiError, formError } from "../../api/problem.ts";
import type { Team, User } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { Empty } from "../../ui/states.tsx";
import { useFieldErrors } from "../../ui/useFieldErrors.ts";
import { adminApi, TEAMS_KEY, type TeamPatch } from "./api.ts";

/** Create (team = null) or rename / set the manager of a team. */
function TeamForm({
  team,
  managers,
  onDone,
}: {
  team: Team | null;
  managers: User[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [name, setName] = useState(team?.name ?? "");
  const [managerId, setManagerId] = useState(team?.managerId ?? "");
  const save = useMutation({
    mutationFn: () => {
      if (!team) return adminApi.createTeam({ name, managerId: managerId || null });
      const body: TeamPatch = {};
      if (name !== team.name) body.name = name;
      if ((managerId || null) !== team.managerId) body.managerId = managerId || null;
      return adminApi.patchTeam(team.id, team.version, body);
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: TEAMS_KEY });
      onDone();
    },
  });
  const errors = useFieldErrors(save.error);
  const conflict = save.error instanceof ApiError && save.error.status === 412;
  const general = conflict ? t("admin.conflict") : formError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert message={general} />
        <TextInput
          label={t("admin.team.name")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
          data-autofocus
        />
        <NativeSelect
          label={t("admin.team.manager")}
          value={managerId}
          data={[
            { value: "", label: t("admin.team.noManager") },
            ...managers.map((m) => ({ value: m.id, label: `${m.name} (${m.email})` })),
          ]}
          onChange={(e) => setManagerId(e.currentTarget.value)}
          error={errors.managerId}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("admin.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {team ? t("admin.save") : t("admin.team.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function TeamsCard({ teams, users }: { teams: Team[]; users: User[] }) {
  const { t } = useI18n();
  // Same rule as the server: a manager is an active manager or admin.
  const managers = users.filter((u) => u.active && u.role !== "rep");
  const byId = new Map(users.map((u) => [u.id, u]));
  const [editing, setEditing] = useState<Team | "new" | null>(null);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} size="h5">
          {t("admin.teams")}
        </Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing("new")}>
          {t("admin.team.new")}
        </Button>
      </Group>
      {teams.length === 0 ? (
        <Empty>{t("admin.teams.empty")}</Empty>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("admin.team.name")}</Table.Th>
              <Table.Th>{t("admin.team.manager")}</Table.Th>
              <Table.Th w={90}>
                <VisuallyHidden>{t("admin.actions")}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {teams.map((team) => (
              <Table.Tr key={team.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {team.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {team.managerId ? (byId.get(team.managerId)?.name ?? "—") : "—"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPencil size={14} />}
                    onClick={() => setEditing(team)}
                    aria-label={t("admin.team.editLabel", { name: team.name })}
                  >
                    {t("admin.edit")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? t("admin.team.new") : t("admin.team.edit")}
      >
        {editing !== null ? (
          <TeamForm
            team={editing === "new" ? null : editing}
            managers={managers}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </Card>
  );
}
