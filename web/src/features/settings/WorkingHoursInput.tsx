import { Checkbox, Table, Text, TextInput } from "@mantine/core";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/messages.ts";
import { type DayRow, type HoursRows, WEEKDAYS, type Weekday } from "./hours.ts";

/** The first server message for a day's first window (from, to, or the window as a whole). */
function dayError(errors: Record<string, string>, day: Weekday): string | undefined {
  const prefix = `workingHours.${day}`;
  const key = Object.keys(errors).find((k) => k === prefix || k.startsWith(`${prefix}.`));
  return key ? errors[key] : undefined;
}

/**
 * A compact week table: one window per day (from–to) or off. Native time inputs give phones
 * their own wheel pickers; four narrow columns stay within 360 px.
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
    <Table
      verticalSpacing={4}
      horizontalSpacing={6}
      layout="fixed"
      aria-label={t("settings.hours")}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={56}>{t("settings.hours.day")}</Table.Th>
          <Table.Th w={60}>{t("settings.hours.works")}</Table.Th>
          <Table.Th>{t("settings.hours.from")}</Table.Th>
          <Table.Th>{t("settings.hours.to")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {WEEKDAYS.map((day) => {
          const row = value[day];
          const name = t(`settings.day.${day}` as MessageKey);
          const error = dayError(errors, day);
          return (
            <Table.Tr key={day}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={t("settings.hours.worksOn", { day: name })}
                  checked={!row.off}
                  onChange={(e) => set(day, { off: !e.currentTarget.checked })}
                />
              </Table.Td>
              {row.off ? (
                <Table.Td colSpan={2}>
                  <Text size="sm" c="dimmed">
                    {t("settings.hours.off")}
                  </Text>
                </Table.Td>
              ) : (
                <>
                  <Table.Td>
                    <TextInput
                      type="time"
                      size="xs"
                      aria-label={t("settings.hours.fromOn", { day: name })}
                      value={row.from}
                      onChange={(e) => set(day, { from: e.currentTarget.value })}
                      error={error}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      type="time"
                      size="xs"
                      aria-label={t("settings.hours.toOn", { day: name })}
                      value={row.to}
                      onChange={(e) => set(day, { to: e.currentTarget.value })}
                      error={error ? true : undefined}
                    />
                    {row.more.length > 0 ? (
                      <Text size="xs" c="dimmed">
                        {t("settings.hours.more", { n: row.more.length })}
                      </Text>
                    ) : null}
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
