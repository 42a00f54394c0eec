import rrule from "rrule";

// rrule ships CommonJS to Node: its named exports are only reachable through the default.
const { rrulestr } = rrule;

const DAY_MS = 86_400_000;

/** How often a strategy produces follow-ups: every n days from its anchor, or an RRULE. */
export type Cadence =
  | { everyDays: number; dueOffsetDays?: number }
  | { rrule: string; dueOffsetDays?: number };

/** One period of a cadence: its idempotency key, when it started, when the next one starts. */
export type Period = { key: string; start: Date; next: Date };

/** Parts we accept: date-level recurrences only, with no end, so there is always a next period. */
const RRULE_PARTS = new Set([
  "FREQ",
  "INTERVAL",
  "BYDAY",
  "BYMONTHDAY",
  "BYMONTH",
  "BYSETPOS",
  "WKST",
]);
const FREQUENCIES = new Set(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);

/** Why an RRULE is refused, or null when it is usable. */
export function rruleProblem(text: string): string | null {
  const body = text.startsWith("RRULE:") ? text.slice(6) : text;
  if (!/^[A-Z]+=[A-Z0-9,+-]+(;[A-Z]+=[A-Z0-9,+-]+)*$/.test(body)) {
    return "Use NAME=VALUE pairs separated by semicolons, e.g. FREQ=WEEKLY;BYDAY=MO.";
  }
  const parts = new Map(body.split(";").map((p) => p.split("=") as [string, string]));
  for (const name of parts.keys()) {
    if (!RRULE_PARTS.has(name)) return `${name} is not supported here.`;
  }
  if (parts.size !== body.split(";").length) return "A part is repeated.";
  const freq = parts.get("FREQ");
  if (!freq || !FREQUENCIES.has(freq)) return "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY.";
  try {
    const rule = rrulestr(`RRULE:${body}`, { dtstart: new Date(Date.UTC(2000, 0, 1)) });
    // A rule that can never occur (BYMONTHDAY=31;BYMONTH=2) has no period to run in.
    if (!rule.after(new Date(Date.UTC(2000, 0, 1)), true)) return "The rule never occurs.";
  } catch {
    return "The rule cannot be parsed.";
  }
  return null;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The period `now` falls in, or null before the cadence's first period.
 * - everyDays n: period i covers [anchor + i·n days, anchor + (i+1)·n days); key `${n}d:${i}`
 *   (n is part of the key so changing the cadence cannot collide with old periods).
 * - rrule: occurrences start at the anchor's time of day; the period is the latest
 *   occurrence ≤ now, keyed by its ISO date.
 */
export function periodAt(cadence: Cadence, anchor: Date, now: Date): Period | null {
  if ("everyDays" in cadence) {
    const length = cadence.everyDays * DAY_MS;
    const index = Math.floor((now.getTime() - anchor.getTime()) / length);
    if (index < 0) return null;
    const start = new Date(anchor.getTime() + index * length);
    return {
      key: `${cadence.everyDays}d:${index}`,
      start,
      next: new Date(start.getTime() + length),
    };
  }
  const rule = rrulestr(`RRULE:${cadence.rrule.replace(/^RRULE:/, "")}`, { dtstart: anchor });
  const start = rule.before(now, true);
  const next = rule.after(now, false);
  if (!start || !next) return null;
  return { key: isoDate(start), start, next };
}

/** When the cadence next needs a run: now if a period is current, else its first period. */
export function firstRunAt(cadence: Cadence, anchor: Date, now: Date): Date {
  if (periodAt(cadence, anchor, now)) return now;
  if ("everyDays" in cadence) return anchor;
  const rule = rrulestr(`RRULE:${cadence.rrule.replace(/^RRULE:/, "")}`, { dtstart: anchor });
  return rule.after(now, false) ?? now;
}

/** A follow-up's due time: the period's start plus the cadence's offset in days. */
export function dueAt(cadence: Cadence, period: Period): Date {
  return new Date(period.start.getTime() + (cadence.dueOffsetDays ?? 0) * DAY_MS);
}

/** Fills `{{customer.name}}` (spaces inside the braces allowed); other text stays as written. */
export function renderTemplate(template: string | null, values: { customerName: string }) {
  if (template === null) return null;
  return template.replace(/\{\{\s*customer\.name\s*\}\}/g, () => values.customerName);
}
