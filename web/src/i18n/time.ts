/**
 * Day and time arithmetic in a user's time zone (their profile's, which also decides on the server
 * when a visit is missed), without a date library: Intl gives the zone's offset.
 */

function parts(at: Date, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  const fmt = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  for (const p of fmt.formatToParts(at)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return out;
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetMs(at: Date, timeZone: string): number {
  const p = parts(at, timeZone);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(at: Date, timeZone: string): string {
  const p = parts(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month!)}-${pad(p.day!)}`;
}

/** Midnight at the start of a calendar date in a zone, as an instant. */
export function startOfDay(date: string, timeZone: string): Date {
  const guess = Date.parse(`${date}T00:00:00Z`);
  const first = guess - offsetMs(new Date(guess), timeZone);
  // Around a DST change the offset at midnight differs from the one at the guess.
  return new Date(guess - offsetMs(new Date(first), timeZone));
}

/** The date `days` after `date` (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** [start, end) of `days` calendar days from `date`, as ISO instants for the API. */
export function dayRange(date: string, days: number, timeZone: string) {
  return {
    from: startOfDay(date, timeZone).toISOString(),
    to: startOfDay(addDays(date, days), timeZone).toISOString(),
  };
}

/** A zone the runtime knows, else UTC (a bad profile value must not break the page). */
export function safeZone(timeZone: string | undefined): string {
  try {
    if (timeZone) new Intl.DateTimeFormat("en", { timeZone });
    return timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** "14:30" in the zone and locale. */
export function formatTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit" }).format(
    new Date(iso),
  );
}

/** "Mon, 23 Nov" / "11月23日周一" for a calendar date. */
export function formatDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    weekday: "short",
    month: "short",
    day: "numeric",
  }).format(new Date(`${date}T12:00:00Z`));
}

/**
 * A `datetime-local` value ("2026-11-23T09:00") read as wall-clock time in the zone, as an ISO
 * instant. The input has no zone and the browser's may not be the user's. Text that is not
 * such a value is returned as typed, so the server's message says what is wrong with it.
 */
export function zonedToInstant(local: string, timeZone: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return local;
  const guess = Date.parse(`${local}:00Z`);
  if (Number.isNaN(guess)) return local;
  const first = guess - offsetMs(new Date(guess), timeZone);
  // Around a DST change the offset at the wall-clock time differs from the one at the guess.
  return new Date(guess - offsetMs(new Date(first), timeZone)).toISOString();
}

/** A `datetime-local` value for `time` ("09:00") `days` after today, today taken in the zone. */
export function localInput(days: number, time: string, timeZone: string, now = new Date()): string {
  return `${addDays(localDate(now, timeZone), days)}T${time}`;
}

/** The zone a user's times are in: their profile's when known and valid, else the browser's. */
export function userZone(profileZone: string | undefined): string {
  return safeZone(profileZone || Intl.DateTimeFormat().resolvedOptions().timeZone);
}
