import { Badge, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import type { Team, User } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Empty } from "../../ui/states.tsx";
import { AdminCard, EditButton } from "./AdminCard.tsx";
import { UserCreateForm } from "./UserCreateForm.tsx";
import { UserEditForm } from "./UserEditForm.tsx";

function PhoneList({
  users,
  teamName,
  onEdit,
}: {
  users: User[];
  teamName: Map<string, string>;
  onEdit: (u: User) => void;
}) {
  const { t } = useI18n();
  return (
    <Stack gap={0}>
      {users.map((u) => (
        <Group
          key={u.id}
          justify="space-between"
          wrap="nowrap"
          py="xs"
          style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}
        >
          <div style={{ minWidth: 0 }}>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={600} truncate="end">
                {u.name}
              </Text>
              {u.active ? null : (
                <Badge variant="light" color="gray" size="sm">
                  {t("admin.user.inactive")}
                </Badge>
              )}
            </Group>
            <Text size="xs" truncate="end">
              {u.email}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`admin.role.${u.role}`)} · {u.teamId ? (teamName.get(u.teamId) ?? "—") : "—"}
            </Text>
          </div>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => onEdit(u)}
            aria-label={t("admin.user.editLabel", { name: u.name })}
          >
            {t("admin.edit")}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}

/** All users, in a table that scrolls inside its card on phones rather than the page. */
export function UsersCard({ users, teams, meId }: { users: User[]; teams: Team[]; meId: string }) {
  const { t } = useI18n();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  // Six columns do not fit a phone: there each user is a compact block instead.
  const phone = useMediaQuery("(max-width: 40em)");
  return (
    <AdminCard
      title={t("admin.users")}
      newLabel={t("admin.user.new")}
      onNew={() => setCreating(true)}
    >
      {users.length === 0 ? (
        <Empty>{t("admin.users.empty")}</Empty>
      ) : phone ? (
        <PhoneList users={users} teamName={teamName} onEdit={setEditing} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("admin.user.name")}</Table.Th>
                <Table.Th>{t("admin.user.email")}</Table.Th>
                <Table.Th>{t("admin.user.role")}</Table.Th>
                <Table.Th>{t("admin.user.team")}</Table.Th>
                <Table.Th>{t("admin.user.active")}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t("admin.actions")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {u.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                      {u.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`admin.role.${u.role}`)}</Table.Td>
                  <Table.Td>{u.teamId ? (teamName.get(u.teamId) ?? "—") : "—"}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={u.active ? "blue" : "gray"}>
                      {u.active ? t("admin.user.isActive") : t("admin.user.inactive")}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <EditButton
                      label={t("admin.user.editLabel", { name: u.name })}
                      onClick={() => setEditing(u)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t("admin.user.new")}>
        <UserCreateForm teams={teams} onDone={() => setCreating(false)} />
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t("admin.user.edit")}
      >
        {editing ? (
          <UserEditForm
            user={editing}
            teams={teams}
            self={editing.id === meId}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </AdminCard>
  );
}
