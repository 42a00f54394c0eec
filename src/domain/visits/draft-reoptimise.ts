import type { Solution } from "../planner/types.ts";
import type { DraftEnv } from "./draft-edit.ts";
import {
  type DraftResult,
  type DraftRoute,
  type DraftStop,
  planTotals,
  positionOf,
  retimeRoute,
  sortRoutes,
} from "./draft-retime.ts";
import {
  type buildProblem,
  type FixedVisit,
  type PlanCandidate,
  type PlanInput,
  type PlanRep,
  readSolution,
} from "./plan-build.ts";

/**
 * "Re-optimise around my edits": the planner runs again on the draft's own customers — its
 * stops and the due customers it left out — with the hand edits as constraints: locked stops
 * are jobs locked to their rep-day at their time (as fixed visits are), dropped customers stay
 * out, added customers are mandatory, and a stop moved to another rep stays with that rep.
 * Who may go on which day is the plan's own pool (`planCandidates`: bookings counted, minimum
 * intervals kept), so re-optimising books no customer closer than the plan itself would.
 * Pure: the service builds the pool, solves off the event loop and stores the result.
 */

export type ReoptimiseEnv = DraftEnv & {
  planReps: PlanRep[];
  /** The customers the plan may book now, with their days, scores and reasons. */
  pool: ReadonlyMap<string, PlanCandidate>;
  maxVisitsPerDay?: number;
  metersPerPoint?: number;
};

/** Left-out reasons the planner does not reconsider: the user's drop, and no map position. */
const KEEP_OUT = new Set(["dropped", "no_coordinates"]);
const PIN_PREFIX = "pin:";

type Placed = { stop: DraftStop; repId: string; date: string };

export type Prepared = {
  input: PlanInput;
  /**
   * Stops that keep their place, by the pseudo visit id they travel under as fixed jobs: locked
   * ones, and those the pool no longer offers (booked elsewhere since, or added by hand though
   * not due) — the planner neither moves them closer to another visit nor drops them silently.
   */
  pinned: Map<string, Placed>;
  fixed: Placed[];
  kept: DraftResult["unplanned"];
};

export function prepareReoptimise(draft: DraftResult, env: ReoptimiseEnv): Prepared {
  const candidates: PlanCandidate[] = [];
  const fixedVisits: FixedVisit[] = [];
  const pinned: Prepared["pinned"] = new Map();
  const fixed: Prepared["fixed"] = [];
  for (const route of draft.routes) {
    for (const stop of route.stops) {
      const position = positionOf(stop, env);
      if (!position) continue;
      const here = { customerId: stop.customerId, name: stop.name, repId: route.repId, position };
      const times = { start: new Date(stop.start), end: new Date(stop.end) };
      const placed = { stop, repId: route.repId, date: route.date };
      if (stop.fixed) {
        fixed.push(placed);
        fixedVisits.push({ ...here, ...times, visitId: stop.visitId ?? stop.customerId });
        continue;
      }
      const offered = env.pool.get(stop.customerId);
      if (stop.locked || !offered) {
        const visitId = `${PIN_PREFIX}${stop.customerId}`;
        pinned.set(visitId, placed);
        fixedVisits.push({ ...here, ...times, visitId });
        continue;
      }
      candidates.push({
        ...offered,
        // The rep it is with now: a stop moved to a colleague stays with the colleague.
        ownerId: route.repId,
        position,
        serviceMin: (Date.parse(stop.end) - Date.parse(stop.start)) / 60_000,
        // The user put it in by hand: the plan keeps it if it fits anywhere at all.
        mandatory: offered.mandatory || stop.added === true,
      });
    }
  }
  const kept: DraftResult["unplanned"] = [];
  for (const u of draft.unplanned) {
    const offered = env.pool.get(u.customerId);
    if (KEEP_OUT.has(u.reason) || !offered || !env.repIds.includes(offered.ownerId)) {
      kept.push(u);
      continue;
    }
    candidates.push(offered);
  }
  return {
    input: {
      startDate: env.startDate,
      days: env.days,
      reps: env.planReps,
      candidates,
      fixed: fixedVisits,
      maxVisitsPerDay: env.maxVisitsPerDay,
      metersPerPoint: env.metersPerPoint,
      circuity: env.travel?.circuity,
      speedKmh: env.travel?.speedKmh,
    },
    pinned,
    fixed,
    kept,
  };
}

export function readReoptimised(
  draft: DraftResult,
  prepared: Prepared,
  built: ReturnType<typeof buildProblem>,
  solution: Solution,
  env: ReoptimiseEnv,
): DraftResult {
  const solved = readSolution(prepared.input, built, solution);
  const before = new Map<string, DraftStop>();
  for (const r of draft.routes) for (const s of r.stops) if (!s.fixed) before.set(s.customerId, s);
  const fixedById = new Map(prepared.fixed.map((f) => [f.stop.visitId, f.stop]));
  const placed = new Set<string>();
  const routes: DraftRoute[] = solved.routes.map((route) => ({
    ...route,
    stops: route.stops.map((s): DraftStop => {
      const timing = {
        arrival: s.arrival,
        start: s.start,
        end: s.end,
        travelKm: s.travelKm,
        travelMin: s.travelMin,
      };
      const lock = s.visitId ? prepared.pinned.get(s.visitId) : undefined;
      const original =
        lock?.stop ?? (s.fixed ? fixedById.get(s.visitId) : before.get(s.customerId));
      if (original) {
        placed.add(lock ? s.visitId! : (original.visitId ?? original.customerId));
        return { ...original, ...timing };
      }
      const position = env.facts.get(s.customerId)?.position;
      return { ...s, ...(position ? { lat: position.lat, lon: position.lon } : {}) };
    }),
  }));
  // Locked stops and fixed visits stay even where the engine could not seat them (a day off,
  // a time that no longer fits): in place, re-timed, their problems shown.
  const missing = [
    ...[...prepared.pinned].filter(([id]) => !placed.has(id)).map(([, v]) => v),
    ...prepared.fixed.filter((f) => !placed.has(f.stop.visitId ?? f.stop.customerId)),
  ];
  for (const m of missing) {
    let route = routes.find((r) => r.repId === m.repId && r.date === m.date);
    if (!route) {
      route = { ...m, stops: [], km: 0, travelMin: 0, visitMin: 0, leave: "", back: "" };
      routes.push(route);
    }
    const at = route.stops.findIndex((s) => Date.parse(s.start) > Date.parse(m.stop.start));
    route.stops.splice(at < 0 ? route.stops.length : at, 0, m.stop);
  }
  const timed = sortRoutes(routes.map((r) => retimeRoute(r, env).route));
  const unplanned = [...solved.unplanned, ...prepared.kept];
  const valueCoveredCents = timed.reduce(
    (n, r) =>
      n +
      r.stops.reduce(
        (m, s) => m + (s.fixed ? 0 : (env.facts.get(s.customerId)?.valueCents ?? 0)),
        0,
      ),
    0,
  );
  const mandatoryMissed = unplanned.filter(
    (u) =>
      u.reason !== "no_coordinates" &&
      (env.pool.get(u.customerId)?.mandatory || before.get(u.customerId)?.added),
  ).length;
  return {
    ...draft,
    routes: timed,
    unplanned,
    totals: planTotals(timed, { valueCoveredCents, mandatoryMissed }),
  };
}
