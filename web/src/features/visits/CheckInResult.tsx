import { Alert, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconMapPinOff } from "@tabler/icons-react";
import { useI18n } from "../../i18n/i18n.tsx";
import { formatTime } from "../../i18n/time.ts";
import type { Visit } from "./api.ts";
import { alertText } from "./tones.ts";

/**
 * What the check-in proved: on site (green), too far away (orange, with the distance), or
 * nothing compared (grey). Shown big: reps glance at it with a phone in one hand.
 */
export function CheckInResult({
  visit,
  timeZone,
  radiusM,
}: {
  visit: Visit;
  timeZone: string;
  /** The installation's check-in radius, when known (it names what "verified" means). */
  radiusM?: number;
}) {
  const { t, locale, formatNumber } = useI18n();
  if (!visit.checkInAt) return null;
  const distance = visit.checkInDistanceM == null ? null : formatNumber(visit.checkInDistanceM);
  const radius = radiusM === undefined ? null : formatNumber(radiusM);
  const at = t("visits.checkedInAt", { time: formatTime(visit.checkInAt, locale, timeZone) });
  const accuracy =
    visit.checkInAccuracyM == null
      ? null
      : t("visits.accuracy", { accuracy: formatNumber(Math.round(visit.checkInAccuracyM)) });
  const details = (lines: (string | null)[]) =>
    lines.filter(Boolean).map((line) => (
      <Text key={line} size="sm">
        {line}
      </Text>
    ));
  if (visit.verification === "verified") {
    return (
      <Alert
        color="green"
        vars={alertText("green")}
        variant="light"
        icon={<IconCircleCheck size={22} aria-hidden />}
        title={`${radius ? t("visits.verifiedWithin", { radius }) : t("visits.verified")} ✓`}
        data-testid="check-in-result"
      >
        {details([distance ? t("visits.verifiedDistance", { distance }) : null, at, accuracy])}
      </Alert>
    );
  }
  if (visit.verification === "out_of_radius") {
    return (
      <Alert
        color="orange"
        vars={alertText("orange")}
        variant="light"
        icon={<IconAlertTriangle size={22} aria-hidden />}
        title={radius ? t("visits.outOfRadiusOf", { radius }) : t("visits.outOfRadius")}
        data-testid="check-in-result"
      >
        {details([distance ? t("visits.outOfRadiusDistance", { distance }) : null, at, accuracy])}
      </Alert>
    );
  }
  return (
    <Alert
      color="gray"
      vars={alertText("gray")}
      variant="light"
      icon={<IconMapPinOff size={22} aria-hidden />}
      title={t("visits.unverified")}
      data-testid="check-in-result"
    >
      {details([t("visits.unverifiedHint"), at])}
    </Alert>
  );
}
