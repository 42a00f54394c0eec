import { Checkbox, Group, Stack, Text, TextInput } from "@mantine/core";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/messages.ts";
import { type DayRow, type HoursRows, WEEKDAYS, type Weekday } from "./hours.ts";

/** The first server message for a day's first window (from, to, or the window as a whole). */
function dayError(errors: Record<string, string>, day: Weekday): string | undefined {
  const prefix = `workingHours.${day}`;
  const key = Object.keys(errors).find((k) => k === prefix || k.startsWith(`${prefix}.`));
  return key ? errors[key] : undefined;
}

// Native time inputs show AM/PM in English; below ~120 px they cut the time off.
const timeStyle = { flex: 1, minWidth: 0, maxWidth: 150 };

/**
 * One line per weekday: a checkbox named after the day, then from–to (one window per day).
 * On a phone the times wrap under the day rather than squeezing; native time inputs give
 * phones their own pickers.
 */
export function WorkingHoursInput({
  value,
  onChange,
  errors,
}: {
  value: HoursRows;
  onChange: (next: HoursRows) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const set = (day: Weekday, patch: Partial<DayRow>) =>
    onChange({ ...value, [day]: { ...value[day], ...patch } });
  return (
    <Stack gap={6} role="group" aria-label={t("settings.hours")}>
      {WEEKDAYS.map((day) => {
        const row = value[day];
        const name = t(`settings.day.${day}` as MessageKey);
        const error = dayError(errors, day);
        const errorId = `hours-error-${day}`;
        return (
          <div key={day}>
            <Group gap="xs" wrap="wrap" mih={36}>
              <Checkbox
                w={64}
                label={name}
                checked={!row.off}
                onChange={(e) => set(day, { off: !e.currentTarget.checked })}
              />
              {row.off ? (
                <Text size="sm" c="dimmed">
                  {t("settings.hours.off")}
                </Text>
              ) : (
                <Group gap={6} wrap="nowrap" style={{ flex: 1, minWidth: 220 }}>
                  <TextInput
                    type="time"
                    size="xs"
                    style={timeStyle}
                    aria-label={t("settings.hours.fromOn", { day: name })}
                    value={row.from}
                    onChange={(e) => set(day, { from: e.currentTarget.value })}
                    error={Boolean(error)}
                    aria-describedby={error ? errorId : undefined}
                  />
                  <Text size="sm" aria-hidden>
                    –
                  </Text>
                  <TextInput
                    type="time"
                    size="xs"
                    style={timeStyle}
                    aria-label={t("settings.hours.toOn", { day: name })}
                    value={row.to}
                    onChange={(e) => set(day, { to: e.currentTarget.value })}
                    error={Boolean(error)}
                    aria-describedby={error ? errorId : undefined}
                  />
                  {row.more.length > 0 ? (
                    <Text size="xs" c="dimmed">
                      {t("settings.hours.more", { n: row.more.length })}
                    </Text>
                  ) : null}
                </Group>
              )}
            </Group>
            {error ? (
              <Text id={errorId} size="xs" c="red.8" role="alert" ml={72}>
                {error}
              </Text>
            ) : null}
          </div>
        );
      })}
    </Stack>
  );
}
