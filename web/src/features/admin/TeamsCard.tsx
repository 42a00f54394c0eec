import { Modal, NativeSelect, Stack, Table, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "../../api/problem.ts";
import type { Team, User } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { Empty } from "../../ui/states.tsx";
import { useIdempotencyKey } from "../../ui/useIdempotencyKey.ts";
import { useMutationForm } from "../../ui/useMutationForm.ts";
import { AdminCard, EditButton } from "./AdminCard.tsx";
import { adminApi, TEAMS_KEY, type TeamPatch } from "./api.ts";
import { FormButtons } from "./FormButtons.tsx";

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
  const [key, renewKey] = useIdempotencyKey();
  const save = useMutation({
    mutationFn: () => {
      if (!team) return adminApi.createTeam({ name, managerId: managerId || null }, key);
      const body: TeamPatch = {};
      if (name !== team.name) body.name = name;
      if ((managerId || null) !== team.managerId) body.managerId = managerId || null;
      return adminApi.patchTeam(team.id, team.version, body);
    },
    onSuccess: async () => {
      renewKey();
      // The team view lists teams under its own key.
      await Promise.all([
        qc.invalidateQueries({ queryKey: TEAMS_KEY }),
        qc.invalidateQueries({ queryKey: ["team"] }),
      ]);
      onDone();
    },
  });
  const { errors, general: failure, submit } = useMutationForm(save, ["name", "managerId"]);
  const conflict = save.error instanceof ApiError && save.error.status === 412;
  const general = conflict ? t("admin.conflict") : failure;
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
        <FormButtons
          submitLabel={team ? t("admin.save") : t("admin.team.create")}
          saving={save.isPending}
          onCancel={onDone}
        />
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
    <AdminCard
      title={t("admin.teams")}
      newLabel={t("admin.team.new")}
      onNew={() => setEditing("new")}
    >
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
                  <EditButton
                    label={t("admin.team.editLabel", { name: team.name })}
                    onClick={() => setEditing(team)}
                  />
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
    </AdminCard>
  );
}
