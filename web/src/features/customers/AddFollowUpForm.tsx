import {
  Button,
  Chip,
  Group,
  Input,
  SegmentedControl,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { localInput, zonedToInstant } from "../../i18n/time.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useIdempotencyKey } from "../../ui/useIdempotencyKey.ts";
import { useMutationForm } from "../../ui/useMutationForm.ts";
import { FOLLOW_UP_KINDS, type FollowUpKind, needsApi } from "../needs/api.ts";

const QUICK = [
  { days: 1, key: "needs.followUp.tomorrow" },
  { days: 3, key: "needs.followUp.inThreeDays" },
  { days: 7, key: "needs.followUp.nextWeek" },
] as const;

/** A follow-up in two taps: a call, tomorrow at nine, unless changed. */
export function AddFollowUpForm({
  customerId,
  onDone,
}: {
  customerId: string;
  onDone: () => void;
}) {
  const { t, timeZone: zone } = useI18n();
  const qc = useQueryClient();
  const [kind, setKind] = useState<FollowUpKind>("call");
  const [due, setDue] = useState(() => localInput(1, "09:00", zone));
  const [notes, setNotes] = useState("");
  const [key, renewKey] = useIdempotencyKey();
  const save = useMutation({
    mutationFn: () => {
      return needsApi.createFollowUp(
        customerId,
        {
          kind,
          // Wall-clock time in the user's zone, sent as an instant; an unreadable value goes as
          // typed so the server's message explains it next to the field.
          dueAt: zonedToInstant(due, zone),
          notes: notes.trim() ? notes : undefined,
        },
        key,
      );
    },
    onSuccess: async () => {
      renewKey();
      await Promise.all([
        qc.invalidateQueries({ queryKey: ["customer", customerId] }),
        qc.invalidateQueries({ queryKey: ["me", "day"] }),
      ]);
      onDone();
    },
  });
  const { errors, general, submit } = useMutationForm(save, ["kind", "dueAt", "notes"]);
  const quick = QUICK.find((q) => localInput(q.days, "09:00", zone) === due);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert message={general} />
        <Input.Wrapper label={t("needs.followUp.kind")} labelElement="div" error={errors.kind}>
          <SegmentedControl
            fullWidth
            size="xs"
            data={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: t(`followUp.kind.${k}`) }))}
            value={kind}
            onChange={(v) => setKind(v as FollowUpKind)}
            aria-label={t("needs.followUp.kind")}
          />
        </Input.Wrapper>
        <Chip.Group
          multiple={false}
          value={quick ? String(quick.days) : ""}
          onChange={(v) => setDue(localInput(Number(v), "09:00", zone))}
        >
          <Group gap="xs">
            {QUICK.map((q) => (
              <Chip key={q.days} value={String(q.days)} size="xs">
                {t(q.key)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <TextInput
          type="datetime-local"
          label={t("needs.followUp.due")}
          value={due}
          onChange={(e) => setDue(e.currentTarget.value)}
          error={errors.dueAt}
        />
        <Textarea
          label={t("needs.followUp.notes")}
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={errors.notes}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("call.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("needs.followUp.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
