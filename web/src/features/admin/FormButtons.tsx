import { Button, Group } from "@mantine/core";
import { useI18n } from "../../i18n/i18n.tsx";

/** Every admin dialog ends alike: cancel closes it unsaved, the submit button shows the save. */
export function FormButtons({
  submitLabel,
  saving,
  onCancel,
}: {
  submitLabel: string;
  saving: boolean;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t("admin.cancel")}
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Group>
  );
}
