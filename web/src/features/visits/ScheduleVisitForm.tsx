import { Button, Group, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { localInput, zonedToInstant } from "../../i18n/time.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useIdempotencyKey } from "../../ui/useIdempotencyKey.ts";
import { useMutationForm } from "../../ui/useMutationForm.ts";
import { type Visit, visitKeys, visitsApi } from "./api.ts";

const DURATIONS = ["30", "45", "60", "90"];

/** Plans a visit; the server fills the agenda from the customer's open needs. */
export function ScheduleVisitForm({
  customerId,
  repId,
  onDone,
  onCancel,
}: {
  customerId: string;
  repId: string | null;
  onDone: (visit: Visit) => void;
  onCancel: () => void;
}) {
  const { t, timeZone: zone } = useI18n();
  const qc = useQueryClient();
  // Tomorrow at 09:00 in the user's zone: the time typed is wall-clock time there.
  const [start, setStart] = useState(() => localInput(1, "09:00", zone));
  const [minutes, setMinutes] = useState("45");
  const [purpose, setPurpose] = useState("");
  const [key, renewKey] = useIdempotencyKey();
  const save = useMutation({
    mutationFn: () => {
      const plannedStart = zonedToInstant(start, zone);
      const at = Date.parse(plannedStart);
      const end = Number.isNaN(at) ? "" : new Date(at + Number(minutes) * 60_000).toISOString();
      return visitsApi.create(
        {
          customerId,
          ...(repId ? { repId } : {}),
          plannedStart,
          plannedEnd: end,
          purpose: purpose.trim() || null,
        },
        key,
      );
    },
    onSuccess: (visit) => {
      renewKey();
      void qc.invalidateQueries({ queryKey: visitKeys.all });
      onDone(visit);
    },
  });
  const { errors, general, submit } = useMutationForm(save, [
    "plannedStart",
    "plannedEnd",
    "purpose",
  ]);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert message={general} />
        <TextInput
          size="md"
          type="datetime-local"
          label={t("visits.start")}
          value={start}
          onChange={(e) => setStart(e.currentTarget.value)}
          error={errors.plannedStart}
          data-autofocus
        />
        <NativeSelect
          size="md"
          label={t("visits.duration")}
          value={minutes}
          onChange={(e) => setMinutes(e.currentTarget.value)}
          data={DURATIONS.map((n) => ({ value: n, label: t("visits.minutes", { n }) }))}
          error={errors.plannedEnd}
        />
        <TextInput
          size="md"
          label={t("visits.purpose")}
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value)}
          error={errors.purpose}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="md" onClick={onCancel}>
            {t("visits.cancelAction")}
          </Button>
          <Button type="submit" size="md" loading={save.isPending}>
            {t("visits.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
