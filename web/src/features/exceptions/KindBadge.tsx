import { Badge } from "@mantine/core";
import { useI18n } from "../../i18n/i18n.tsx";
import { badgeText } from "../visits/tones.ts";
import type { ExceptionKind } from "./api.ts";

export const KIND_COLORS: Record<ExceptionKind, string> = {
  out_of_radius: "orange",
  unverified: "gray",
  early: "blue",
  late: "yellow",
  missed: "red",
  short: "grape",
};

/** An exception kind as a coloured word (the word carries it; the colour only helps). */
export function KindBadge({ kind }: { kind: ExceptionKind }) {
  const { t } = useI18n();
  const color = KIND_COLORS[kind];
  return (
    <Badge color={color} variant="light" vars={badgeText(color)} size="sm">
      {t(`exceptions.kind.${kind}`)}
    </Badge>
  );
}
