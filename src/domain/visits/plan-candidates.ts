import type { LatLon } from "../geo.ts";
import { addDays, zonedTime } from "../time.ts";
import {
  type Booking,
  bookableDates,
  type Priority,
  priority,
  type TierCadence,
} from "./cadence.ts";
import type { PlanCandidate, Unplanned, Weekday } from "./plan-build.ts";

/**
 * Which customers a plan may book, and on which days — given every visit already booked.
 * Pure, so the rule "never book a customer closer than its minimum interval, never move an
 * agreed visit" is tested directly over random sequences of overlapping plans.
 */

/** A visit already in the calendar, as the replacement rule sees it. */
export type ExistingVisit = {
  customerId: string;
  repId: string;
  start: Date;
  status: "planned" | "checked_in";
  /** Agreed with the customer. */
  locked: boolean;
  /** Made by publishing a plan (rather than booked by a person). */
  fromPlan: boolean;
};

export type Horizon = {
  repIds: readonly string[];
  /** Each planned rep's horizon: from midnight of the first day to midnight after the last. */
  bounds: ReadonlyMap<string, { from: Date; to: Date }>;
  /** Visits starting before this stay where they are (the freeze window). */
  freezeUntil: Date;
};

/**
 * What publishing a plan replaces: the plan's own kind of visit — made by a plan, not
 * agreed, not started — for its reps, inside its days, after the freeze window. Visits booked
 * by hand and agreed visits are never replaced; the plan routes around them.
 */
export function isReplaced(v: ExistingVisit, h: Horizon): boolean {
  const b = h.bounds.get(v.repId);
  return (
    v.fromPlan &&
    !v.locked &&
    v.status === "planned" &&
    b !== undefined &&
    v.start >= b.from &&
    v.start < b.to &&
    v.start >= h.freezeUntil
  );
}

export type CustomerFacts = {
  id: string;
  name: string;
  ownerId: string;
  tier: string;
  minDays: number | null;
  maxDays: number | null;
  lastVisitedAt: Date | null;
  position: LatLon | null;
  visitWindows: Partial<Record<Weekday, { from: string; to: string }[]>> | null;
  serviceMin: number;
  valueCents: number | null;
  openNeeds: { importance: number; overdue: boolean }[];
};

export type Scored = { customer: CustomerFacts; priority: Priority; bookings: Booking[] };

/** The dates of a horizon: `days` local dates from `startDate`. */
export function horizonDates(startDate: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => addDays(startDate, i));
}

/** Scores a customer for a plan starting `on`, counting its bookings (already filtered). */
export function scoreFor(
  customer: CustomerFacts,
  bookings: Booking[],
  on: Date,
  timeZone: string,
  tiers?: TierCadence,
): Scored {
  const p = priority(
    {
      tier: customer.tier,
      minDays: customer.minDays,
      maxDays: customer.maxDays,
      lastVisitedAt: customer.lastVisitedAt,
      bookings,
      openNeeds: customer.openNeeds,
      satisfaction: null,
      valueCents: customer.valueCents,
    },
    on,
    tiers,
    timeZone,
  );
  return { customer, priority: p, bookings };
}

/**
 * The plan's candidates: due (or, with `includeNotDue`, any) customers not already served by
 * a booking, each limited to the days that keep its minimum interval from every other visit.
 * Due customers left without a day, or without a position, are reported, not dropped silently.
 */
export function planCandidates(
  scored: readonly Scored[],
  opts: {
    dates: readonly string[];
    timeZone: string;
    includeNotDue: boolean;
    tiers?: TierCadence;
  },
): { candidates: PlanCandidate[]; left: Unplanned[] } {
  const candidates: PlanCandidate[] = [];
  const left: Unplanned[] = [];
  for (const entry of scored) {
    const { customer: c, bookings } = entry;
    if (entry.priority.booked) continue;
    const dates = bookableDates({ ...c, bookings }, opts.dates, opts.tiers, opts.timeZone);
    const p = acrossHorizon(entry, dates, opts);
    if (!(p.due || opts.includeNotDue)) continue;
    if (dates.length === 0) {
      // Every day of the horizon is too close to a visit already booked.
      const booked = p.reasons.filter((r) => r.code === "booked" || r.code === "booked_before");
      left.push({
        customerId: c.id,
        name: c.name,
        reason: "min_interval",
        reasons: [{ code: "unplanned", why: "min_interval" }, ...booked],
      });
      continue;
    }
    if (!c.position) {
      left.push({
        customerId: c.id,
        name: c.name,
        reason: "no_coordinates",
        reasons: [{ code: "unplanned", why: "no_coordinates" }],
      });
      continue;
    }
    candidates.push({
      customerId: c.id,
      name: c.name,
      ownerId: c.ownerId,
      position: c.position,
      visitWindows: c.visitWindows,
      serviceMin: c.serviceMin,
      score: p.score,
      mandatory: p.mandatory,
      valueCents: c.valueCents,
      reasons: p.reasons,
      ...(dates.length < opts.dates.length ? { dates } : {}),
    });
  }
  return { candidates, left };
}

/** The priority at noon of a plan day, in the plan's zone. */
function scoreOn(entry: Scored, date: string, opts: { timeZone: string; tiers?: TierCadence }) {
  const on = zonedTime(date, "12:00", opts.timeZone);
  return scoreFor(entry.customer, entry.bookings, on, opts.timeZone, opts.tiers).priority;
}

/**
 * A plan covers days, not an instant: a customer that becomes due on its third day is due
 * for this plan (scored as on its first bookable day, and offered only the days from then),
 * and one that would pass its maximum interval before the last day must be planned.
 */
function acrossHorizon(
  entry: Scored,
  bookable: readonly string[],
  opts: { dates: readonly string[]; timeZone: string; tiers?: TierCadence },
): Priority {
  const first = entry.priority;
  const last = opts.dates.at(-1);
  const later = !first.due && bookable[0] !== undefined ? scoreOn(entry, bookable[0], opts) : null;
  const p = later?.due ? later : first;
  if (!p.due || p.mandatory || last === undefined || last === opts.dates[0]) return p;
  const end = scoreOn(entry, last, opts);
  return end.mandatory && !end.booked ? { ...p, mandatory: true } : p;
}
