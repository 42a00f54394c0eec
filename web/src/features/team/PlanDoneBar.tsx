import { Progress } from "@mantine/core";
import { useI18n } from "../../i18n/i18n.tsx";

/**
 * One bar per rep: completed, missed and still open out of the visits planned (cancelled ones
 * are not planned any more). The numbers next to it carry the meaning; colour only repeats it.
 */
export function PlanDoneBar({
  name,
  planned,
  completed,
  missed,
}: {
  name: string;
  planned: number;
  completed: number;
  missed: number;
}) {
  const { t } = useI18n();
  const open = Math.max(0, planned - completed - missed);
  const pct = (n: number) => (planned > 0 ? (n / planned) * 100 : 0);
  return (
    // Hidden from screen readers: the figures beside it say the same in words.
    <Progress.Root
      size="lg"
      aria-hidden
      title={t("team.bar.label", { name, completed, planned, missed })}
    >
      <Progress.Section value={pct(completed)} color="teal.7" />
      <Progress.Section value={pct(missed)} color="red.7" />
      <Progress.Section value={pct(open)} color="blue.2" />
    </Progress.Root>
  );
}
