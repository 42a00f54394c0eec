import type { WeekWindows } from "./api.ts";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type TimeWindow = { from: string; to: string };

/** One row per weekday: the form edits the first window; any further ones are kept as they are. */
export type DayRow = { off: boolean; from: string; to: string; more: TimeWindow[] };
export type HoursRows = Record<Weekday, DayRow>;

const WORKDAY: TimeWindow = { from: "09:00", to: "17:00" };

/** No hours saved means Mon–Fri (the server's KPI default), so the form starts from that. */
export function toRows(hours: WeekWindows | null | undefined): HoursRows {
  const rows = {} as HoursRows;
  for (const day of WEEKDAYS) {
    const windows = hours ? (hours[day] ?? []) : day === "sat" || day === "sun" ? [] : [WORKDAY];
    const [first, ...more] = windows;
    rows[day] = first
      ? { off: false, from: first.from, to: first.to, more }
      : { off: true, from: WORKDAY.from, to: WORKDAY.to, more: [] };
  }
  return rows;
}

/** Days off are empty lists, so a saved profile says explicitly which days are not worked. */
export function fromRows(rows: HoursRows): WeekWindows {
  const out: WeekWindows = {};
  for (const day of WEEKDAYS) {
    const r = rows[day];
    out[day] = r.off ? [] : [{ from: r.from, to: r.to }, ...r.more];
  }
  return out;
}
