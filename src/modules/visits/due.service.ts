import { haversineMeters } from "../../domain/geo.ts";
import { localDate, zonedTime } from "../../domain/time.ts";
import { explain, type Priority, priority, type TierCadence } from "../../domain/visits/cadence.ts";
import type { ServiceContext } from "../common/context.ts";
import { findUser } from "../users/users.repository.ts";
import { getUser } from "../users/users.service.ts";
import { type CadenceRow, cadenceCandidates, listVisits } from "./visits.repository.ts";

export type DueEntry = {
  customer: CadenceRow;
  priority: Priority;
  reasons: { en: string; zh: string };
};

/** Travel model for "nearby": straight line × 1.3 at 30 km/h in town. */
const CIRCUITY = 1.3;
const SPEED_MPS = 30 / 3.6;

/**
 * Scores every candidate customer (in the caller's scope, optionally one owner's) for `on`,
 * with reasons in both languages. Locked visits planned in the coming week count as locked.
 */
export async function scoreCustomers(
  ctx: ServiceContext,
  opts: { ownerIds: string[] | null; on: Date; timeZone: string; tiers?: TierCadence },
): Promise<DueEntry[]> {
  const candidates = await cadenceCandidates(ctx.db, ctx.scope, opts.ownerIds);
  const lockedSoon = await listVisits(ctx.db, ctx.scope, {
    repIds: opts.ownerIds ?? undefined,
    from: opts.on,
    to: new Date(opts.on.getTime() + 7 * 86_400_000),
    status: ["planned"],
    limit: 10_000,
  });
  const locked = new Set(lockedSoon.filter((v) => v.locked).map((v) => v.customerId));
  return candidates.map((c) => {
    const p = priority(
      {
        tier: c.tier,
        minDays: c.visitMinDays,
        maxDays: c.visitMaxDays,
        lastVisitedAt: c.lastVisitedAt,
        openNeeds: c.needs.map((n) => ({
          importance: n.importance,
          overdue: Date.parse(n.dueAt) < opts.on.getTime(),
        })),
        satisfaction: null,
        locked: locked.has(c.id),
        valueCents: c.valueCents,
      },
      opts.on,
      opts.tiers,
      opts.timeZone,
    );
    return {
      customer: c,
      priority: p,
      reasons: { en: explain(p.reasons, "en"), zh: explain(p.reasons, "zh-CN") },
    };
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
  const rep = q.rep ? await getUser(ctx, q.rep) : repId ? await findUser(ctx.db, repId) : undefined;
  const tz = rep?.timeZone ?? "UTC";
  const day = q.date ?? localDate(new Date(), tz);
  const on = zonedTime(day, "12:00", tz);
  const scored = await scoreCustomers(ctx, {
    ownerIds: repId ? [repId] : null,
    on,
    timeZone: tz,
    tiers,
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
  const rep = named ?? (repId ? await findUser(ctx.db, repId) : undefined);
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

export function presentDue(e: DueEntry & { distanceKm?: number; travelMinutes?: number }) {
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
    reasons: e.reasons,
    ...(e.distanceKm !== undefined
      ? { distanceKm: e.distanceKm, travelMinutes: e.travelMinutes }
      : {}),
  };
}
