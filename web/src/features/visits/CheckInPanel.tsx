import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconMapPin } from "@tabler/icons-react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormError } from "../../ui/useFieldErrors.ts";
import { type CheckInBody, type Visit, visitKeys, visitsApi } from "./api.ts";
import { currentPosition, isNoPosition, type NoPosition } from "./geolocation.ts";
import { PhotoPicker } from "./PhotoPicker.tsx";
import { breachesOf, type Reason } from "./proof-api.ts";
import { ReasonPrompt } from "./ReasonPrompt.tsx";
import { alertText } from "./tones.ts";
import { useSendWithPhoto } from "./useSendWithPhoto.ts";

const REASON_REQUIRED = "check_in_reason_required";

/**
 * Check-in: ask the device where it is, then send it, with a photo if one was taken. Without a
 * position (denied, no fix, timeout) the rep may still check in after confirming; the visit is
 * then unverified. Out of the radius or off the planned time, the server asks for a reason:
 * the panel asks the rep and sends the same check-in again with it.
 */
export function CheckInPanel({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [locating, setLocating] = useState(false);
  const [noPosition, setNoPosition] = useState<NoPosition | null>(null);
  const [photo, setPhoto] = useState<File | null>(null);
  // What was last sent: a reason is added to it, the position is not asked for again.
  const [sent, setSent] = useState<CheckInBody>({});
  const config = useQuery({
    queryKey: ["app-config"],
    queryFn: visitsApi.appConfig,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const send = useSendWithPhoto(visit, "check_in", photo, (body: CheckInBody) =>
    visitsApi.checkIn(visit.id, body),
  );
  const checkIn = (body: CheckInBody) => {
    setSent(body);
    send.mutate(body);
  };
  const start = async () => {
    setNoPosition(null);
    setLocating(true);
    try {
      const p = await currentPosition();
      checkIn({ lat: p.lat, lon: p.lon, accuracyM: p.accuracyM });
    } catch (e) {
      setNoPosition(isNoPosition(e) ? e : "unavailable");
    } finally {
      setLocating(false);
    }
  };
  const breaches = breachesOf(send.error, REASON_REQUIRED);
  const error = useFormError(breaches ? null : send.error, []);
  if (breaches) {
    return (
      <ReasonPrompt
        stage="check_in"
        breaches={breaches}
        pending={send.isPending}
        onSubmit={(reason: Reason) => send.mutate({ ...sent, ...reason })}
        onCancel={() => {
          send.reset();
          void qc.invalidateQueries({ queryKey: visitKeys.one(visit.id) });
        }}
      />
    );
  }
  return (
    <Stack gap="sm">
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <PhotoPicker file={photo} onChange={setPhoto} maxBytes={config.data?.photoMaxBytes} />
      {noPosition ? (
        <Alert
          color="yellow"
          vars={alertText("yellow")}
          title={t("visits.noPositionTitle")}
          role="alert"
        >
          <Stack gap="sm">
            <Text size="sm">{t(`visits.noPosition.${noPosition}`)}</Text>
            <Text size="sm">{t("visits.noPositionConfirm")}</Text>
            <Stack gap="xs">
              <Button
                size="md"
                fullWidth
                variant="default"
                onClick={() => {
                  setNoPosition(null);
                  checkIn({});
                }}
              >
                {t("visits.checkInAnyway")}
              </Button>
              <Button size="md" fullWidth variant="light" onClick={() => void start()}>
                {t("visits.tryAgain")}
              </Button>
            </Stack>
          </Stack>
        </Alert>
      ) : (
        <Button
          size="lg"
          fullWidth
          leftSection={<IconMapPin size={20} aria-hidden />}
          loading={locating || send.isPending}
          onClick={() => void start()}
        >
          {t("visits.checkIn")}
        </Button>
      )}
      {locating ? (
        <Text size="sm" c="dimmed" role="status">
          {t("visits.locating")}
        </Text>
      ) : null}
      {send.isPending && photo ? (
        <Text size="sm" c="dimmed" role="status">
          {t("proof.uploading")}
        </Text>
      ) : null}
    </Stack>
  );
}
