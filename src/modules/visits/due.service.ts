import { haversineMeters } from "../../domain/geo.ts";
import { dayBounds, earlierDate, localDate, zonedTime } from "../../domain/time.ts";
import {
  type Booking,
  type Priority,
  priority,
  type TierCadence,
} from "../../domain/visits/cadence.ts";
import { explain, type Locale } from "../../domain/visits/reasons.ts";
import type { ServiceContext } from "../common/context.ts";
import { userById } from "../users/users.api.ts";
import { getUser } from "../users/users.service.ts";
import {
  type BookingRow,
  bookingsFor,
  type CadenceRow,
  cadenceCandidates,
} from "./visits.repository.ts";

export type DueEntry = {
  customer: CadenceRow;
  priority: Priority;
  /** The customer's bookings counted (for the planner: which days stay free). */
  bookings: Booking[];
};

/** Travel model for "nearby": straight line × 1.3 at 30 km/h in town. */
const CIRCUITY = 1.3;
const SPEED_MPS = 30 / 3.6;

export type ScoreOptions = {
  ownerIds: string[] | null;
  on: Date;
  timeZone: string;
  tiers?: TierCadence;
  /** Bookings from this instant on count (default: the start of `on`'s day). */
  bookedFrom?: Date;
  /** Bookings a plan is about to replace, which must not count against it. */
  replaced?: (b: BookingRow) => boolean;
};

/** A booking as the cadence rule sees it: when, agreed or not, and who booked it. */
export function bookingOf(b: BookingRow): Booking {
  return {
    at: b.plannedStart,
    agreed: b.locked,
    by: b.planId ? { name: b.planAuthor, viaPlan: true } : { name: b.repName, viaPlan: false },
  };
}

/**
 * Scores every candidate customer (in the caller's scope, optionally some owners') for `on`.
 * Every visit already booked for a customer — by any rep or plan, agreed or not — counts as
 * its previous or next visit, so nothing is booked twice.
 */
export async function scoreCustomers(ctx: ServiceContext, opts: ScoreOptions): Promise<DueEntry[]> {
  const candidates = await cadenceCandidates(ctx.db, ctx.scope, opts.ownerIds);
  const from = opts.bookedFrom ?? dayBounds(localDate(opts.on, opts.timeZone), opts.timeZone).start;
  const bookings = new Map<string, Booking[]>();
  for (const b of await bookingsFor(ctx.db, ctx.scope, opts.ownerIds, from)) {
    if (opts.replaced?.(b)) continue;
    bookings.set(b.customerId, [...(bookings.get(b.customerId) ?? []), bookingOf(b)]);
  }
  return candidates.map((c) => {
    const booked = bookings.get(c.id) ?? [];
    const p = priority(
      {
        tier: c.tier,
        minDays: c.visitMinDays,
        maxDays: c.visitMaxDays,
        lastVisitedAt: c.lastVisitedAt,
        bookings: booked,
        openNeeds: c.needs.map((n) => ({
          importance: n.importance,
          overdue: Date.parse(n.dueAt) < opts.on.getTime(),
        })),
        satisfaction: null,
        valueCents: c.valueCents,
      },
      opts.on,
      opts.tiers,
      opts.timeZone,
    );
    return { customer: c, priority: p, bookings: booked };
  });
}

function byScore(a: DueEntry, b: DueEntry) {
  return b.priority.score - a.priority.score || a.customer.name.localeCompare(b.customer.name);
}

/** The ranked due list of one rep (default: the caller) for a day. */
export async function dueList(
  ctx: ServiceContext,
  q: { rep?: string; date?: string; limit: number; all: boolean },
  tiers?: TierCadence,
) {
  const repId = q.rep ?? ctx.actor?.id ?? null;
  // Naming a rep the caller may not see answers 404, as for any record out of reach.
  const rep = q.rep ? await getUser(ctx, q.rep) : repId ? await userById(ctx, repId) : undefined;
  const tz = rep?.timeZone ?? "UTC";
  const day = q.date ?? localDate(new Date(), tz);
  const on = zonedTime(day, "12:00", tz);
  const today = localDate(new Date(), tz);
  const scored = await scoreCustomers(ctx, {
    ownerIds: repId ? [repId] : null,
    on,
    timeZone: tz,
    tiers,
    // A day in the past still sees the bookings made for it (they may since have been missed).
    bookedFrom: dayBounds(earlierDate(day, today), tz).start,
  });
  return scored
    .filter((e) => q.all || e.priority.due)
    .sort(byScore)
    .slice(0, q.limit);
}

/**
 * Due customers near a position that still fit into the day: travel there, plus the visit,
 * must end by `until`. For a visit that ended early or was cancelled.
 */
export async function nearby(
  ctx: ServiceContext,
  q: { lat: number; lon: number; until: string; rep?: string; limit: number },
  tiers?: TierCadence,
  now = new Date(),
) {
  const named = q.rep ? await getUser(ctx, q.rep) : undefined;
  const repId = q.rep ?? ctx.actor?.id ?? null;
  const rep = named ?? (repId ? await userById(ctx, repId) : undefined);
  const scored = await scoreCustomers(ctx, {
    ownerIds: repId ? [repId] : null,
    on: now,
    timeZone: rep?.timeZone ?? "UTC",
    tiers,
  });
  const budgetS = (Date.parse(q.until) - now.getTime()) / 1000;
  return scored
    .filter((e) => e.priority.due && e.customer.latitude != null && e.customer.longitude != null)
    .map((e) => {
      const m =
        haversineMeters(
          { lat: q.lat, lon: q.lon },
          { lat: e.customer.latitude!, lon: e.customer.longitude! },
        ) * CIRCUITY;
      const travelS = m / SPEED_MPS;
      return {
        ...e,
        distanceKm: Math.round(m / 100) / 10,
        travelMinutes: Math.ceil(travelS / 60),
        travelS,
      };
    })
    .filter((e) => e.travelS + (e.customer.visitDurationMin ?? 45) * 60 <= budgetS)
    .sort((a, b) => a.travelS - b.travelS || byScore(a, b))
    .slice(0, q.limit);
}

export function presentDue(
  e: DueEntry & { distanceKm?: number; travelMinutes?: number },
  locale: Locale,
) {
  return {
    customerId: e.customer.id,
    name: e.customer.name,
    tier: e.customer.tier,
    ownerId: e.customer.ownerId,
    latitude: e.customer.latitude,
    longitude: e.customer.longitude,
    score: e.priority.score,
    due: e.priority.due,
    mandatory: e.priority.mandatory,
    daysSinceLastVisit: e.priority.daysSince,
    booked: e.priority.booked,
    reasons: e.priority.reasons,
    reasonText: explain(e.priority.reasons, locale),
    ...(e.distanceKm !== undefined
      ? { distanceKm: e.distanceKm, travelMinutes: e.travelMinutes }
      : {}),
  };
}
