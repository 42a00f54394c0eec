import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconMapPin } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormError } from "../../ui/useFieldErrors.ts";
import { type CheckInBody, type Visit, visitKeys, visitsApi } from "./api.ts";
import { currentPosition, isNoPosition, type NoPosition } from "./geolocation.ts";
import { alertText } from "./tones.ts";

/**
 * Check-in: ask the device where it is, then send it. Without a position (denied, no fix,
 * timeout) the rep may still check in after confirming; the visit is then unverified.
 */
export function CheckInPanel({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [locating, setLocating] = useState(false);
  const [noPosition, setNoPosition] = useState<NoPosition | null>(null);
  const send = useMutation({
    mutationFn: (body: CheckInBody) => visitsApi.checkIn(visit.id, body),
    onSuccess: (updated) => {
      qc.setQueryData(visitKeys.one(visit.id), updated);
      void qc.invalidateQueries({ queryKey: visitKeys.all });
    },
  });
  const start = async () => {
    setNoPosition(null);
    setLocating(true);
    try {
      const p = await currentPosition();
      send.mutate({ lat: p.lat, lon: p.lon, accuracyM: p.accuracyM });
    } catch (e) {
      setNoPosition(isNoPosition(e) ? e : "unavailable");
    } finally {
      setLocating(false);
    }
  };
  const error = useFormError(send.error, []);
  return (
    <Stack gap="sm">
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
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
                  send.mutate({});
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
    </Stack>
  );
}
