import type { Translate } from "../../i18n/i18n.tsx";

/** "45 min", "2 h 5 min", "1 d 3 h": how far off a check-in was, as a person would say it. */
export function durationText(t: Translate, minutes: number): string {
  if (minutes < 60) return t("proof.minutes", { n: minutes });
  if (minutes < 24 * 60) return t("proof.hours", { h: Math.floor(minutes / 60), m: minutes % 60 });
  const hours = Math.floor(minutes / 60);
  return t("proof.days", { d: Math.floor(hours / 24), h: hours % 24 });
}
