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
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/messages.ts";
import { localInput, zonedToInstant } from "../../i18n/time.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useFieldErrors, useFormError } from "../../ui/useFieldErrors.ts";
import { type CheckOutBody, type Visit, visitsApi } from "./api.ts";
import { currentPosition, type Position } from "./geolocation.ts";
import { PhotoPicker } from "./PhotoPicker.tsx";
import { breachesOf, type Reason } from "./proof-api.ts";
import { ReasonPrompt } from "./ReasonPrompt.tsx";
import { useSendWithPhoto } from "./useSendWithPhoto.ts";

const SCORES = ["1", "2", "3", "4", "5"];
const KINDS = ["call", "visit", "email", "message", "wechat", "other"] as const;
type Kind = (typeof KINDS)[number];

const REASON_REQUIRED = "check_out_reason_required";
const FIELDS = [
  "result",
  "resultScore",
  "followUps.0.kind",
  "followUps.0.dueAt",
  "followUps.0.notes",
] as const;

/** Where the rep is at check-out, if the device says within a few seconds; else nowhere. */
async function positionNow(): Promise<Partial<Position>> {
  try {
    return await currentPosition(8_000);
  } catch {
    return {};
  }
}

/**
 * Check-out: result, score, an optional follow-up and an optional photo. Validation is the
 * server's: its messages land next to the fields (a missing score is refused there, not
 * guessed here). The device's position goes with it when it has one; checked out far from
 * the customer, the server asks for a reason, and the form asks the rep.
 */
export function CheckOutForm({ visit }: { visit: Visit }) {
  const { t, timeZone: zone } = useI18n();
  const scoreLabel = useId();
  const [result, setResult] = useState("");
  const [score, setScore] = useState("");
  const [withFollowUp, setWithFollowUp] = useState(false);
  const [kind, setKind] = useState<Kind>("call");
  const [dueAt, setDueAt] = useState(() => localInput(1, "10:00", zone));
  const [notes, setNotes] = useState("");
  const [photo, setPhoto] = useState<File | null>(null);
  const [locating, setLocating] = useState(false);
  // The position sent first is sent again with the reason: not asked for twice.
  const [position, setPosition] = useState<Partial<Position>>({});
  const config = useQuery({
    queryKey: ["app-config"],
    queryFn: visitsApi.appConfig,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const save = useSendWithPhoto(
    visit,
    "check_out",
    photo,
    (body: CheckOutBody) => visitsApi.checkOut(visit.id, body),
    [
      ["customer", visit.customerId],
      ["me", "day"],
    ],
  );
  const bodyOf = (at: Partial<Position>, reason?: Reason) =>
    ({
      result,
      ...(score ? { resultScore: Number(score) } : {}),
      ...(withFollowUp
        ? {
            followUps: [{ kind, dueAt: zonedToInstant(dueAt, zone), notes: notes.trim() || null }],
          }
        : {}),
      ...(at.lat !== undefined ? { lat: at.lat, lon: at.lon, accuracyM: at.accuracyM } : {}),
      ...reason,
    }) as CheckOutBody;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setLocating(true);
    const at = await positionNow();
    setLocating(false);
    setPosition(at);
    save.mutate(bodyOf(at));
  };
  const breaches = breachesOf(save.error, REASON_REQUIRED);
  const errors = useFieldErrors(save.error);
  const general = useFormError(breaches ? null : save.error, FIELDS);
  if (breaches) {
    return (
      <ReasonPrompt
        stage="check_out"
        breaches={breaches}
        pending={save.isPending}
        onSubmit={(reason) => save.mutate(bodyOf(position, reason))}
        onCancel={() => save.reset()}
      />
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
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
        <Text size="sm" fw={500}>
          {t("proof.photo")}
        </Text>
        <PhotoPicker file={photo} onChange={setPhoto} maxBytes={config.data?.photoMaxBytes} />
        <Button type="submit" size="lg" fullWidth loading={locating || save.isPending}>
          {t("visits.checkOut")}
        </Button>
      </Stack>
    </form>
  );
}
