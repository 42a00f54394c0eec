import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { endpoints } from "../../api/endpoints.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useIdempotencyKey } from "../../ui/useIdempotencyKey.ts";
import { useMutationForm } from "../../ui/useMutationForm.ts";

export type QuickChannel = "phone" | "wechat" | "visit";

/** Validation is the server's: its problem+json messages land next to the fields. */
export function LogCallForm({
  customerId,
  channel = "phone",
  onDone,
}: {
  customerId: string;
  channel?: QuickChannel;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [subject, setSubject] = useState("");
  const [content, setContent] = useState("");
  const [key, renewKey] = useIdempotencyKey();
  const save = useMutation({
    mutationFn: () => endpoints.logCommunication(customerId, { channel, subject, content }, key),
    onSuccess: async () => {
      renewKey();
      await qc.invalidateQueries({ queryKey: ["customer", customerId, "timeline"] });
      onDone();
    },
  });
  const { errors, general, submit } = useMutationForm(save, ["subject", "content"]);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert message={general} />
        <TextInput
          label={t("call.subject")}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          error={errors.subject}
          data-autofocus
        />
        <Textarea
          label={t("call.content")}
          autosize
          minRows={3}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          error={errors.content}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("call.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("call.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
