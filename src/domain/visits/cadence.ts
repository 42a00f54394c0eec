/**
 * Who is due for a visit, and how urgently: an explainable priority score. Pure: the
 * callers pass what they know about the customer — its last visit and every visit already
 * booked — and get back a score with its reasons as data (`reasons.ts` renders them).
 */
import { daysBetween, localDate } from "../time.ts";
import type { BookedBy, Reason } from "./reasons.ts";

export type { Reason } from "./reasons.ts";

export type TierCadence = Record<string, { minDays: number; maxDays: number }>;

export const DEFAULT_TIER_CADENCE: TierCadence = {
  A: { minDays: 7, maxDays: 14 },
  B: { minDays: 14, maxDays: 30 },
  C: { minDays: 30, maxDays: 90 },
};

const TIER_POINTS: Record<string, number> = { A: 30, B: 20, C: 10 };

export type NeedFact = { importance: number; overdue: boolean };

/** A visit booked for the customer (planned, agreed or under way), by any rep or plan. */
export type Booking = { at: Date; agreed: boolean; by: BookedBy };

export type CadenceInput = {
  tier: string;
  /** Per-customer override of the tier's interval. */
  minDays: number | null;
  maxDays: number | null;
  lastVisitedAt: Date | null;
  /**
   * Visits booked and not yet done (planned, agreed, published or checked in). The latest
   * before `on` and the earliest from `on` bound the interval, as completed visits do.
   */
  bookings: readonly Booking[];
  openNeeds: NeedFact[];
  /** Latest satisfaction 1–5 when known. */
  satisfaction: number | null;
  /** Optional value in minor units; adds up to 10 points on a log scale. */
  valueCents: number | null;
};

export type Priority = {
  score: number;
  /** Worth visiting now: past the minimum interval, never visited, or an overdue need. */
  due: boolean;
  /** Must be planned if at all possible: past the maximum interval. */
  mandatory: boolean;
  /**
   * A booked visit already serves the cadence (or is too close for another one): planning
   * the customer now would book it twice.
   */
  booked: boolean;
  daysSince: number | null;
  reasons: Reason[];
};

export function intervalFor(
  input: Pick<CadenceInput, "tier" | "minDays" | "maxDays">,
  tiers = DEFAULT_TIER_CADENCE,
) {
  const t = tiers[input.tier] ?? tiers.C ?? { minDays: 30, maxDays: 90 };
  return { minDays: input.minDays ?? t.minDays, maxDays: input.maxDays ?? t.maxDays };
}

/**
 * `on` is the instant the plan or list is for; days are calendar days in `timeZone` (the
 * rep's), so the count never depends on the hour it is computed at.
 */
export function priority(
  input: CadenceInput,
  on: Date,
  tiers = DEFAULT_TIER_CADENCE,
  timeZone = "UTC",
): Priority {
  const { minDays, maxDays } = intervalFor(input, tiers);
  const today = localDate(on, timeZone);
  const reasons: Reason[] = [{ code: "tier", tier: input.tier }];
  let score = TIER_POINTS[input.tier] ?? 5;
  let due = false;
  let mandatory = false;
  let daysSince: number | null = null;

  const { previous, next } = neighbours(input.bookings, today, timeZone);
  const lastDone = input.lastVisitedAt ? localDate(input.lastVisitedAt, timeZone) : null;
  // The interval runs from the later of the last completed visit and a booking before today.
  const fromBooking = previous && (!lastDone || previous.date > lastDone) ? previous : null;
  const last = fromBooking?.date ?? lastDone;

  if (!last) {
    reasons.push({ code: "never_visited" });
    score += 25;
    due = true;
  } else {
    daysSince = daysBetween(last, today);
    reasons.push(
      fromBooking
        ? { code: "booked_before", date: fromBooking.date, days: daysSince, by: fromBooking.by }
        : daysSince >= minDays
          ? { code: "days_since", days: daysSince, max: maxDays }
          : { code: "not_yet_due", days: daysSince, min: minDays },
    );
    if (daysSince > maxDays) {
      score += Math.min(60, 20 + 2 * (daysSince - maxDays));
      due = true;
      mandatory = true;
    } else if (daysSince >= minDays) {
      score += Math.round((10 * (daysSince - minDays)) / Math.max(1, maxDays - minDays));
      due = true;
    }
  }

  if (input.openNeeds.length > 0) {
    const overdue = input.openNeeds.filter((n) => n.overdue).length;
    const points = input.openNeeds.reduce((s, n) => s + 3 * n.importance + (n.overdue ? 10 : 0), 0);
    score += Math.min(40, points);
    reasons.push({ code: "open_needs", count: input.openNeeds.length, overdue });
    if (overdue > 0) due = true;
  }
  if (input.satisfaction !== null && input.satisfaction <= 2) {
    score += 15;
    reasons.push({ code: "low_satisfaction", score: input.satisfaction });
    due = true;
  }
  if (input.valueCents && input.valueCents > 0) {
    // 10 points at 1 M (minor units 1e8), scaled logarithmically below.
    const v = Math.max(0, Math.min(10, (Math.log10(input.valueCents) - 4) * 2.5));
    score += Math.round(v);
    if (v >= 7.5) reasons.push({ code: "high_value" });
  }

  // A booking from today on serves the customer, unless the cadence needs a visit before it:
  // from the last visit to the booking is longer than the maximum interval, and today is at
  // least the minimum interval before the booking.
  let booked = false;
  if (next) {
    reasons.push({ code: "booked", date: next.date, agreed: next.agreed, by: next.by });
    const untilNext = daysBetween(today, next.date);
    booked = !last || untilNext < minDays || daysBetween(last, next.date) <= maxDays;
    if (booked) {
      due = false;
      mandatory = false;
    }
  }
  return { score, due, mandatory, booked, daysSince, reasons };
}

type Dated = Booking & { date: string };

/** The latest booking before `today` and the earliest from `today` on, by local day. */
function neighbours(bookings: readonly Booking[], today: string, timeZone: string) {
  let previous: Dated | null = null;
  let next: Dated | null = null;
  for (const booking of bookings) {
    const date = localDate(booking.at, timeZone);
    if (date < today) {
      if (!previous || date > previous.date) previous = { ...booking, date };
    } else if (!next || date < next.date || (date === next.date && booking.agreed)) {
      next = { ...booking, date };
    }
  }
  return { previous, next };
}

/**
 * The days of a horizon on which a visit keeps the minimum interval from every other visit
 * of the customer: the last completed one and every booking, before, inside or after the
 * horizon. A customer booked inside the horizon usually has none, so it is not planned twice.
 */
export function bookableDates(
  input: Pick<CadenceInput, "tier" | "minDays" | "maxDays" | "lastVisitedAt" | "bookings">,
  dates: readonly string[],
  tiers = DEFAULT_TIER_CADENCE,
  timeZone = "UTC",
): string[] {
  const { minDays } = intervalFor(input, tiers);
  const visits = input.bookings.map((b) => localDate(b.at, timeZone));
  if (input.lastVisitedAt) visits.push(localDate(input.lastVisitedAt, timeZone));
  return dates.filter((d) => visits.every((v) => Math.abs(daysBetween(v, d)) >= minDays));
}
