import { Badge } from "@mantine/core";
import { useI18n } from "../../i18n/i18n.tsx";
import type { VisitStatus } from "./api.ts";
import { badgeText } from "./tones.ts";

const COLORS: Record<VisitStatus, string> = {
  planned: "blue",
  checked_in: "orange",
  completed: "green",
  cancelled: "gray",
  missed: "red",
};

/** The visit's status as a coloured word (colour alone would not reach everyone). */
export function StatusBadge({
  status,
  size = "md",
}: {
  status: VisitStatus;
  size?: "sm" | "md" | "lg";
}) {
  const { t } = useI18n();
  return (
    <Badge
      color={COLORS[status]}
      variant="light"
      vars={badgeText(COLORS[status])}
      size={size}
      style={{ flexShrink: 0 }}
    >
      {t(`visits.status.${status}`)}
    </Badge>
  );
}
