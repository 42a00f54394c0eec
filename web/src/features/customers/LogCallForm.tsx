import { Button, Group, NativeSelect, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { endpoints } from "../../api/endpoints.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useIdempotencyKey } from "../../ui/useIdempotencyKey.ts";
import { useMutationForm } from "../../ui/useMutationForm.ts";

export type QuickChannel = "phone" | "wechat" | "visit";
type Direction = "out" | "in";

/**
 * Log a call, a WeChat message or a visit note: who (a contact, with their WeChat ID for a
 * WeChat message), which way, and what was said. No subject is asked for: a call or a WeChat
 * message rarely has one. Validation is the server's (it wants a subject or what was said):
 * its problem+json messages land next to the fields.
 */
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
  const [direction, setDirection] = useState<Direction>("out");
  const [contactId, setContactId] = useState("");
  const [subject, setSubject] = useState("");
  const [content, setContent] = useState("");
  const [key, renewKey] = useIdempotencyKey();
  const contacts = useQuery({
    queryKey: ["customer", customerId, "contacts"],
    queryFn: () => endpoints.contacts(customerId),
  });
  const save = useMutation({
    mutationFn: () =>
      endpoints.logCommunication(
        customerId,
        {
          channel,
          direction,
          // Empty is "not given", not an empty subject the server would refuse.
          ...(subject.trim() ? { subject } : {}),
          ...(content.trim() ? { content } : {}),
          ...(contactId ? { contactId } : {}),
        },
        key,
      ),
    onSuccess: async () => {
      renewKey();
      await qc.invalidateQueries({ queryKey: ["customer", customerId, "timeline"] });
      onDone();
    },
  });
  const { errors, general, submit } = useMutationForm(save, [
    "subject",
    "content",
    "contactId",
    "direction",
  ]);
  const people = contacts.data?.items ?? [];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert message={general} />
        {channel === "visit" ? null : (
          <Radio.Group
            label={t("log.direction")}
            value={direction}
            onChange={(v) => setDirection(v === "in" ? "in" : "out")}
            error={errors.direction}
          >
            <Group gap="md" mt={4}>
              <Radio value="out" label={t("log.direction.out")} />
              <Radio value="in" label={t("log.direction.in")} />
            </Group>
          </Radio.Group>
        )}
        {people.length > 0 ? (
          <NativeSelect
            label={t("log.contact")}
            value={contactId}
            onChange={(e) => setContactId(e.currentTarget.value)}
            error={errors.contactId}
            data={[
              { value: "", label: t("log.contact.none") },
              ...people.map((p) => ({
                value: p.id,
                label:
                  channel === "wechat" && p.wechatId
                    ? `${p.name} · ${t("log.wechatOf", { id: p.wechatId })}`
                    : p.name,
              })),
            ]}
          />
        ) : null}
        <TextInput
          label={t("log.subject.optional")}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          error={errors.subject}
        />
        <Textarea
          label={t("call.content")}
          autosize
          minRows={3}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          error={errors.content}
          data-autofocus
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
