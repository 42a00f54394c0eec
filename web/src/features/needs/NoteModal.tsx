import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { NeedItem, NeedStatus } from "./api.ts";

/** Asks how a need was resolved or why it was dropped: the server requires a note. */
export function NoteModal({
  asking,
  onConfirm,
  onCancel,
}: {
  asking: { need: NeedItem; to: NeedStatus } | null;
  onConfirm: (note: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState("");
  const resolved = asking?.to === "resolved";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return;
    onConfirm(note);
    setNote("");
  };
  const close = () => {
    setNote("");
    onCancel();
  };
  return (
    <Modal
      opened={asking !== null}
      onClose={close}
      title={resolved ? t("needs.note.titleResolved") : t("needs.note.titleDropped")}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
            {asking?.need.title}
          </Text>
          <Textarea
            label={t("needs.note.label")}
            description={resolved ? t("needs.note.hintResolved") : t("needs.note.hintDropped")}
            required
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("needs.note.cancel")}
            </Button>
            <Button type="submit" disabled={!note.trim()}>
              {t("needs.note.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
