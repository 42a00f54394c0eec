import {
  Button,
  Checkbox,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/messages.ts";
import { localInput, zonedToInstant } from "../../i18n/time.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useMutationForm } from "../../ui/useMutationForm.ts";
import { type CheckOutBody, type Visit, visitKeys, visitsApi } from "./api.ts";

const SCORES = ["1", "2", "3", "4", "5"];
const KINDS = ["call", "visit", "email", "message", "wechat", "other"] as const;
type Kind = (typeof KINDS)[number];

/**
 * Check-out: result, score and an optional follow-up. Validation is the server's: its
 * messages land next to the fields (a missing score is refused there, not guessed here).
 */
export function CheckOutForm({ visit }: { visit: Visit }) {
  const { t, timeZone: zone } = useI18n();
  const qc = useQueryClient();
  const scoreLabel = useId();
  const [result, setResult] = useState("");
  const [score, setScore] = useState("");
  const [withFollowUp, setWithFollowUp] = useState(false);
  const [kind, setKind] = useState<Kind>("call");
  const [dueAt, setDueAt] = useState(() => localInput(1, "10:00", zone));
  const [notes, setNotes] = useState("");
  const save = useMutation({
    mutationFn: () => {
      const body = {
        result,
        ...(score ? { resultScore: Number(score) } : {}),
        ...(withFollowUp
          ? {
              followUps: [
                { kind, dueAt: zonedToInstant(dueAt, zone), notes: notes.trim() || null },
              ],
            }
          : {}),
      } as CheckOutBody;
      return visitsApi.checkOut(visit.id, body);
    },
    onSuccess: (updated) => {
      qc.setQueryData(visitKeys.one(visit.id), updated);
      void qc.invalidateQueries({ queryKey: visitKeys.all });
      void qc.invalidateQueries({ queryKey: ["customer", visit.customerId] });
      void qc.invalidateQueries({ queryKey: ["me", "day"] });
    },
  });
  const { errors, general, submit } = useMutationForm(save, [
    "result",
    "resultScore",
    "followUps.0.kind",
    "followUps.0.dueAt",
    "followUps.0.notes",
  ]);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert message={general} />
        <Textarea
          label={t("visits.result")}
          description={t("visits.resultHint")}
          autosize
          minRows={3}
          size="md"
          value={result}
          onChange={(e) => setResult(e.currentTarget.value)}
          error={errors.result}
        />
        <div>
          <Text component="div" id={scoreLabel} size="md" fw={500} mb={4}>
            {t("visits.resultScore")}
          </Text>
          <SegmentedControl
            aria-labelledby={scoreLabel}
            aria-invalid={errors.resultScore ? true : undefined}
            data={SCORES}
            value={score}
            onChange={setScore}
            fullWidth
            size="lg"
          />
          {errors.resultScore ? (
            <Text size="sm" c="red" mt={4}>
              {errors.resultScore}
            </Text>
          ) : null}
        </div>
        <Checkbox
          size="md"
          label={t("visits.followUpAdd")}
          checked={withFollowUp}
          onChange={(e) => setWithFollowUp(e.currentTarget.checked)}
        />
        {withFollowUp ? (
          <Stack gap="sm">
            <NativeSelect
              size="md"
              label={t("visits.followUpKind")}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as Kind)}
              data={KINDS.map((k) => ({
                value: k,
                label: t(`followUp.kind.${k}` as MessageKey),
              }))}
              error={errors["followUps.0.kind"]}
            />
            <TextInput
              size="md"
              type="datetime-local"
              label={t("visits.followUpDue")}
              value={dueAt}
              onChange={(e) => setDueAt(e.currentTarget.value)}
              error={errors["followUps.0.dueAt"]}
            />
            <TextInput
              size="md"
              label={t("visits.followUpNotes")}
              value={notes}
              onChange={(e) => setNotes(e.currentTarget.value)}
              error={errors["followUps.0.notes"]}
            />
          </Stack>
        ) : null}
        <Button type="submit" size="lg" fullWidth loading={save.isPending}>
          {t("visits.checkOut")}
        </Button>
      </Stack>
    </form>
  );
}
