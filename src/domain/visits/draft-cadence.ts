import { daysBetween, localDate } from "../time.ts";
import type { DraftResult } from "./draft-retime.ts";
import type { BookedBy, CadenceConflict } from "./reasons.ts";

export type { CadenceConflict } from "./reasons.ts";

/**
 * Whether a hand edit of a draft keeps a customer's cadence — the planner's own rule
 * (`bookableDates` in cadence.ts): a visit is at least the customer's minimum interval, in
 * calendar days in the rep's zone, from every other visit of the customer — the last completed
 * one, every booking not yet done (planned by hand, agreed, published by any plan, under way;
 * not the visits this plan will replace), and its other stops in the draft. Pure: the service
 * loads the visits, `applyEdit` asks before it puts a stop on a day.
 */

/** Another visit of the customer, as the cadence counts it. */
export type OtherVisit = {
  at: Date;
  /** The last completed visit, or a booking not yet done. */
  kind: "visited" | "booked";
  /** Agreed with the customer (bookings only). */
  agreed: boolean;
  /** Who booked it: a plan (by its author) or, booked by hand, the rep. */
  by: BookedBy | null;
};

/** What the check needs to know about one customer. */
export type CustomerCadence = {
  /** The customer's minimum interval (its own, else its tier's). */
  minDays: number;
  visits: readonly OtherVisit[];
};

/** Where a stop would go, and the stop itself when it is already in the draft (a move). */
export type Placement = {
  customerId: string;
  date: string;
  /** The rep's time zone: bookings are counted in the local days of the rep making the visit. */
  timeZone: string;
  /** The stop being moved, which is not "another" visit. */
  moving?: { route: number; index: number };
};

/**
 * The nearest visit of the customer closer than its minimum interval to `at.date` (never
 * closer than a day: a customer is not booked twice on one day, whatever the setting), or
 * null when the day keeps the cadence. Nearest first; on a tie an agreed visit, then the
 * earlier one.
 */
export function cadenceConflict(
  draft: Pick<DraftResult, "routes">,
  at: Placement,
  cadence: CustomerCadence,
): CadenceConflict | null {
  const minDays = Math.max(1, cadence.minDays);
  const candidates: CadenceConflict[] = [];
  const bookedAt = new Set<number>();
  for (const v of cadence.visits) {
    if (v.kind === "booked") bookedAt.add(v.at.getTime());
    const date = localDate(v.at, at.timeZone);
    candidates.push({
      ...conflictDays(date, at.date, minDays),
      kind: v.kind,
      agreed: v.agreed,
      by: v.by,
    });
  }
  for (const [r, route] of draft.routes.entries()) {
    for (const [i, stop] of route.stops.entries()) {
      if (stop.customerId !== at.customerId) continue;
      if (at.moving && at.moving.route === r && at.moving.index === i) continue;
      // A fixed stop is an existing visit, already counted as a booking.
      if (stop.fixed && bookedAt.has(Date.parse(stop.start))) continue;
      candidates.push({
        ...conflictDays(route.date, at.date, minDays),
        kind: "in_plan",
        agreed: false,
        by: null,
      });
    }
  }
  const close = candidates.filter((c) => c.days < minDays);
  close.sort(
    (a, b) => a.days - b.days || Number(b.agreed) - Number(a.agreed) || cmp(a.date, b.date),
  );
  return close[0] ?? null;
}

function conflictDays(other: string, date: string, minDays: number) {
  return { date: other, days: Math.abs(daysBetween(other, date)), minDays };
}

function cmp(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}
