import { call, rapport } from "../../api/client.ts";
import type { User } from "../../api/types.ts";
import { localDate, zonedToInstant } from "../../i18n/time.ts";

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
/** A rep still out after hours, or on a day off, is shown what fits in the next two hours. */
const AT_LEAST_MS = 2 * 60 * 60_000;

/**
 * Until when a due customer must be reachable and visitable: the end of today's working hours
 * in the user's zone (18:00 without any), but never less than two hours from now.
 */
export function nearbyUntil(
  now: Date,
  timeZone: string,
  hours: User["workingHours"] | undefined,
): string {
  const today = localDate(now, timeZone);
  const weekday = WEEKDAYS[new Date(`${today}T12:00:00Z`).getUTCDay()]!;
  const windows = hours?.[weekday] ?? [];
  // "HH:MM" sorts as text: the last one is the day's end.
  const end =
    windows
      .map((w) => w.to)
      .sort()
      .at(-1) ?? "18:00";
  const endOfDay = Date.parse(zonedToInstant(`${today}T${end}`, timeZone));
  return new Date(Math.max(endOfDay, now.getTime() + AT_LEAST_MS)).toISOString();
}

export const nearbyApi = {
  /**
   * Due customers of the signed-in user near a position, nearest first (GET /visits/nearby):
   * the five nearest, which is what a rep between two visits chooses from.
   */
  due: (q: { lat: number; lon: number; until: string }) =>
    call(rapport.GET("/api/v1/visits/nearby", { params: { query: { ...q, limit: 5 } } })),
};
