import type { Locale } from "../../domain/locale.ts";
import { dayBounds, localDate } from "../../domain/time.ts";
import { effectiveStatus } from "../../domain/visits/check-in.ts";
import { renderStored } from "../../domain/visits/reasons.ts";
import type { FeedVisitRow } from "./calendar.repository.ts";
import type { IcsEvent } from "./ics.ts";

export type FeedLocale = Locale;

export function presentFeedStatus(s: { exists: boolean; createdAt: Date | null }) {
  return { exists: s.exists, createdAt: s.createdAt?.toISOString() ?? null };
}

/** The feed's URL, shown this once, also with the webcal: scheme that subscribing clients use. */
export function presentFeedCreated(url: string, createdAt: Date) {
  return {
    url,
    webcalUrl: url.replace(/^https?:/, "webcal:"),
    createdAt: createdAt.toISOString(),
  };
}

const WORDS = {
  en: {
    agenda: "Agenda",
    why: "Why",
    missed: "Missed: nobody checked in.",
    name: "Rapport visits",
  },
  "zh-CN": { agenda: "议程", why: "原因", missed: "已错过：未签到。", name: "Rapport 拜访" },
} as const;

export function calendarName(locale: FeedLocale): string {
  return WORDS[locale].name;
}

function description(row: FeedVisitRow, missed: boolean, locale: FeedLocale): string | null {
  const w = WORDS[locale];
  const parts: string[] = [];
  if (missed) parts.push(w.missed);
  if (row.agenda.length > 0) {
    parts.push([`${w.agenda}:`, ...row.agenda.map((a) => `- ${a.text}`)].join("\n"));
  }
  const why = renderStored(row.reasons, locale);
  if (why) parts.push(`${w.why}: ${why}`);
  return parts.length > 0 ? parts.join("\n\n") : null;
}

/**
 * A visit as a calendar event. Cancelled visits stay in the feed as STATUS:CANCELLED so that
 * subscribed clients remove them; missed ones (planned, day over, no check-in) stay as they
 * were planned, marked in the description, so the past in the calendar is what was planned.
 */
export function presentFeedEvent(row: FeedVisitRow, locale: FeedLocale, now: Date): IcsEvent {
  const dayEnd = dayBounds(localDate(row.plannedStart, row.timeZone), row.timeZone).end;
  const missed = effectiveStatus(row.status, dayEnd, now) === "missed";
  return {
    uid: `${row.id}@rapport`,
    start: row.plannedStart,
    end: row.plannedEnd,
    modified: row.updatedAt,
    created: row.createdAt,
    sequence: row.icsSequence,
    status: row.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    summary: row.purpose ? `${row.customerName} – ${row.purpose}` : row.customerName,
    // The address usually names the city already; the city alone is better than nothing.
    location: row.address ?? row.city,
    description: description(row, missed, locale),
  };
}
