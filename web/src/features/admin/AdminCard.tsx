import { Button, Card, Group, Title } from "@mantine/core";
import { IconPencil, IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n.tsx";

/** A card listing one kind of record, with the button that adds a new one in its header. */
export function AdminCard({
  title,
  newLabel,
  onNew,
  children,
}: {
  title: string;
  newLabel: string;
  onNew: () => void;
  children: ReactNode;
}) {
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={onNew}>
          {newLabel}
        </Button>
      </Group>
      {children}
    </Card>
  );
}

/**
 * A table row's edit button. Every row's button reads "Edit", so `label` names the record for
 * screen readers.
 */
export function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      leftSection={<IconPencil size={14} />}
      onClick={onClick}
      aria-label={label}
    >
      {t("admin.edit")}
    </Button>
  );
}
