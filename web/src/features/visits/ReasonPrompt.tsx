import { Alert, Button, Chip, Group, Stack, Text, Textarea } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useId, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { durationText } from "./duration.ts";
import {
  type Breach,
  type PhotoStage,
  quickReasons,
  type Reason,
  type ReasonCode,
} from "./proof-api.ts";
import { alertText } from "./tones.ts";

/**
 * The server refused a check-in (or check-out) without a reason: say which rule it broke, in
 * the rep's words and with the numbers, offer the usual reasons as one tap each, and send again.
 */
export function ReasonPrompt({
  stage,
  breaches,
  pending,
  onSubmit,
  onCancel,
}: {
  stage: PhotoStage;
  breaches: Breach[];
  pending: boolean;
  onSubmit: (reason: Reason) => void;
  onCancel: () => void;
}) {
  const { t, formatNumber } = useI18n();
  const labelId = useId();
  const [code, setCode] = useState<ReasonCode | "">("");
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<"code" | "note" | null>(null);
  const describe = (b: Breach) => {
    const p = b.params;
    if (b.rule === "out_of_radius") {
      return t("proof.breach.out_of_radius", {
        distance: formatNumber(p.distanceM ?? 0),
        radius: formatNumber(p.radiusM ?? 0),
      });
    }
    return t(`proof.breach.${b.rule}`, {
      duration: durationText(t, p.minutes ?? 0),
      margin: formatNumber(p.marginMinutes ?? 0),
    });
  };
  const submit = () => {
    if (!code) return setProblem("code");
    if (code === "other" && !note.trim()) return setProblem("note");
    setProblem(null);
    onSubmit({ reasonCode: code, reasonNote: note.trim() || null });
  };
  return (
    <Alert
      color="orange"
      vars={alertText("orange")}
      variant="light"
      icon={<IconAlertTriangle size={22} aria-hidden />}
      title={t(stage === "check_in" ? "proof.reasonTitle" : "proof.reasonTitleOut")}
      role="alert"
      data-testid="reason-prompt"
    >
      <Stack gap="sm">
        {breaches.map((b) => (
          <Text key={b.rule} size="sm" fw={500}>
            {describe(b)}
          </Text>
        ))}
        <div>
          <Text id={labelId} size="sm" fw={600} mb={6}>
            {t("proof.reasonPick")}
          </Text>
          <Chip.Group multiple={false} value={code} onChange={(v) => setCode(v as ReasonCode)}>
            <Group gap="xs" role="radiogroup" aria-labelledby={labelId}>
              {quickReasons(breaches, stage).map((r) => (
                <Chip key={r} value={r} size="md" variant="outline">
                  {t(`proof.reason.${r}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {problem === "code" ? (
            <Text size="sm" c="red" mt={4} role="alert">
              {t("proof.reasonPickRequired")}
            </Text>
          ) : null}
        </div>
        <Textarea
          label={t("proof.reasonNote")}
          description={t("proof.reasonNoteHint")}
          autosize
          minRows={2}
          size="md"
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={problem === "note" ? t("proof.reasonNoteRequired") : undefined}
        />
        <Stack gap="xs">
          <Button size="md" fullWidth loading={pending} onClick={submit}>
            {t(stage === "check_in" ? "proof.checkInWithReason" : "proof.checkOutWithReason")}
          </Button>
          <Button size="md" fullWidth variant="subtle" onClick={onCancel} disabled={pending}>
            {t("proof.cancel")}
          </Button>
        </Stack>
      </Stack>
    </Alert>
  );
}
