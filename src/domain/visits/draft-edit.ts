import { addDays } from "../time.ts";
import { type CadenceConflict, type CustomerCadence, cadenceConflict } from "./draft-cadence.ts";
import {
  bestPosition,
  type DraftResult,
  type DraftRoute,
  type DraftStop,
  planTotals,
  type RetimeEnv,
  retimeRoute,
  sortRoutes,
} from "./draft-retime.ts";

/**
 * Hand edits of a draft plan — move, drop, add, lock, unlock — as a pure function from the
 * draft before to the draft after. Only the routes an edit touches are re-timed; the others
 * keep the planner's times to the second. An edit the draft cannot take is refused with a
 * reason the service turns into a typed error; an edit that makes a route late is not
 * refused: the stops say what is wrong (`violations`) and the user decides. An edit that puts
 * a customer on a day closer than its minimum interval to another of its visits is refused
 * (`min_interval`, draft-cadence.ts), as the planner would never book it there.
 */

export type EditOp =
  | { op: "move"; customerId: string; repId?: string; date?: string; position?: number }
  | { op: "drop"; customerId: string; mandatory: boolean; valueCents: number | null }
  | {
      op: "add";
      customerId: string;
      repId: string;
      date?: string;
      position?: number;
      /** Why the customer is due, carried as the planner carries it (opaque here). */
      reasons: DraftStop["reasons"];
      mandatory: boolean;
      valueCents: number | null;
    }
  | { op: "lock"; customerId: string }
  | { op: "unlock"; customerId: string };

export type Refusal =
  | { code: "stop_not_in_plan"; field: "customerId" }
  | { code: "stop_fixed"; field: "customerId" }
  | { code: "stop_locked"; field: "customerId" }
  | { code: "already_planned"; field: "customerId" }
  | { code: "rep_not_in_plan"; field: "repId" }
  | { code: "date_outside_plan"; field: "date" }
  | { code: "position_outside_route"; field: "position" }
  | { code: "min_interval"; field: "date"; conflict: CadenceConflict };

export type DraftEnv = RetimeEnv & {
  days: number;
  repIds: readonly string[];
  /**
   * The other visits of the customers an edit may put on a day, and their minimum interval.
   * A customer missing here is not checked (the service always gives the edited one).
   */
  cadence?: ReadonlyMap<string, CustomerCadence>;
};

export type Found = { route: number; index: number; stop: DraftStop };

/**
 * The stop a hand edit names. A customer has at most one stop the plan made (the planner
 * never plans a customer twice, nor one with a fixed visit in the horizon); fixed visits are
 * found too, so that editing one is refused as such rather than as unknown.
 */
export function findStop(draft: DraftResult, customerId: string): Found | null {
  let fixed: Found | null = null;
  for (const [r, route] of draft.routes.entries()) {
    for (const [i, stop] of route.stops.entries()) {
      if (stop.customerId !== customerId) continue;
      if (!stop.fixed) return { route: r, index: i, stop };
      fixed ??= { route: r, index: i, stop };
    }
  }
  return fixed;
}

export function inHorizon(env: DraftEnv, date: string): boolean {
  for (let d = 0; d < env.days; d++) if (addDays(env.startDate, d) === date) return true;
  return false;
}

type Outcome = { draft: DraftResult } | { refused: Refusal };

/** A copy whose routes and lists the edit may change freely. */
function clone(draft: DraftResult): DraftResult {
  return {
    ...draft,
    routes: draft.routes.map((r) => ({ ...r, stops: [...r.stops] })),
    unplanned: [...draft.unplanned],
  };
}

/** Re-times the named routes, drops the empty ones, recomputes the totals. */
function settle(
  draft: DraftResult,
  touched: Set<string>,
  env: DraftEnv,
  carried: { valueCoveredCents: number; mandatoryMissed: number },
): DraftResult {
  const routes: DraftRoute[] = [];
  for (const r of draft.routes) {
    const key = `${r.repId}|${r.date}`;
    if (r.stops.length === 0) continue;
    routes.push(touched.has(key) ? retimeRoute(r, env).route : r);
  }
  sortRoutes(routes);
  return { ...draft, routes, totals: planTotals(routes, carried) };
}

function routeFor(draft: DraftResult, repId: string, date: string): DraftRoute {
  let route = draft.routes.find((r) => r.repId === repId && r.date === date);
  if (!route) {
    route = {
      repId,
      date,
      stops: [],
      km: 0,
      travelMin: 0,
      visitMin: 0,
      leave: `${date}T00:00:00.000Z`,
      back: `${date}T00:00:00.000Z`,
    };
    draft.routes.push(route);
  }
  return route;
}

/** The visit a stop of `customerId` on `repId`'s `date` would come too close to, if any. */
function tooClose(
  draft: DraftResult,
  env: DraftEnv,
  customerId: string,
  repId: string,
  date: string,
  moving?: { route: number; index: number },
): CadenceConflict | null {
  const cadence = env.cadence?.get(customerId);
  if (!cadence) return null;
  const timeZone = env.reps.get(repId)?.timeZone ?? "UTC";
  return cadenceConflict(draft, { customerId, date, timeZone, moving }, cadence);
}

function place(route: DraftRoute, stop: DraftStop, position: number | undefined, env: DraftEnv) {
  const at = position ?? bestPosition(route, stop, env).position;
  route.stops.splice(at, 0, stop);
}

export function applyEdit(before: DraftResult, op: EditOp, env: DraftEnv): Outcome {
  const draft = clone(before);
  const carried = {
    valueCoveredCents: before.totals.valueCoveredCents,
    mandatoryMissed: before.totals.mandatoryMissed,
  };
  const touched = new Set<string>();
  const found = findStop(draft, op.customerId);

  if (op.op === "add") {
    if (found) return { refused: { code: "already_planned", field: "customerId" } };
    if (!env.repIds.includes(op.repId)) {
      return { refused: { code: "rep_not_in_plan", field: "repId" } };
    }
    if (op.date !== undefined && !inHorizon(env, op.date)) {
      return { refused: { code: "date_outside_plan", field: "date" } };
    }
    const facts = env.facts.get(op.customerId);
    const stop: DraftStop = {
      customerId: op.customerId,
      name: facts?.name ?? "",
      visitId: null,
      fixed: false,
      // No times yet: retimeRoute gives them, the visit as long as the customer's visits are.
      arrival: "",
      start: "",
      end: "",
      travelKm: 0,
      travelMin: 0,
      reasons: op.reasons,
      added: true,
    };
    let route: DraftRoute;
    let position = op.position;
    if (op.date !== undefined) {
      const conflict = tooClose(draft, env, op.customerId, op.repId, op.date);
      if (conflict) return { refused: { code: "min_interval", field: "date", conflict } };
      route = routeFor(draft, op.repId, op.date);
      if (position !== undefined && position > route.stops.length) {
        return { refused: { code: "position_outside_route", field: "position" } };
      }
    } else {
      // No day named: of the days that keep the cadence, the one where the visit fits best.
      let best: { date: string; count: number; added: number; position: number } | null = null;
      let first: CadenceConflict | null = null;
      for (let d = 0; d < env.days; d++) {
        const date = addDays(env.startDate, d);
        const conflict = tooClose(draft, env, op.customerId, op.repId, date);
        if (conflict) {
          first ??= conflict;
          continue;
        }
        const current = draft.routes.find((r) => r.repId === op.repId && r.date === date);
        const base = current ?? { repId: op.repId, date, stops: [] };
        const was = current ? retimeRoute(current, env) : null;
        const fit = bestPosition(base, stop, env);
        const count = fit.scheduled.violationCount - (was?.violationCount ?? 0);
        const added = fit.scheduled.meters - (was?.meters ?? 0);
        if (!best || count < best.count || (count === best.count && added < best.added)) {
          best = { date, count, added, position: fit.position };
        }
      }
      if (!best) {
        const conflict = { ...first!, everyDay: true };
        return { refused: { code: "min_interval", field: "date", conflict } };
      }
      route = routeFor(draft, op.repId, best.date);
      position = best.position;
    }
    place(route, stop, position, env);
    touched.add(`${route.repId}|${route.date}`);
    draft.unplanned = draft.unplanned.filter((u) => u.customerId !== op.customerId);
    const wasMissed = before.unplanned.some(
      (u) => u.customerId === op.customerId && u.reason !== "no_coordinates",
    );
    carried.valueCoveredCents += op.valueCents ?? 0;
    if (wasMissed && op.mandatory) carried.mandatoryMissed -= 1;
    return { draft: settle(draft, touched, env, carried) };
  }

  if (!found) return { refused: { code: "stop_not_in_plan", field: "customerId" } };
  if (found.stop.fixed) return { refused: { code: "stop_fixed", field: "customerId" } };
  const from = draft.routes[found.route]!;

  if (op.op === "lock" || op.op === "unlock") {
    const stop = { ...found.stop };
    if (op.op === "lock") stop.locked = true;
    else delete stop.locked;
    from.stops[found.index] = stop;
    // Locking pins the stop where it is: its times do not change, and nor does the route.
    // Unlocking may let it start earlier (it no longer waits for its pinned time).
    if (op.op === "unlock") touched.add(`${from.repId}|${from.date}`);
    return { draft: settle(draft, touched, env, carried) };
  }

  if (found.stop.locked) return { refused: { code: "stop_locked", field: "customerId" } };

  if (op.op === "drop") {
    from.stops.splice(found.index, 1);
    touched.add(`${from.repId}|${from.date}`);
    draft.unplanned.push({
      customerId: found.stop.customerId,
      name: found.stop.name,
      reason: "dropped",
      reasons: [{ code: "unplanned", why: "dropped" }],
    });
    carried.valueCoveredCents -= op.valueCents ?? 0;
    if (op.mandatory) carried.mandatoryMissed += 1;
    return { draft: settle(draft, touched, env, carried) };
  }

  // move
  const repId = op.repId ?? from.repId;
  const date = op.date ?? from.date;
  if (!env.repIds.includes(repId)) return { refused: { code: "rep_not_in_plan", field: "repId" } };
  if (!inHorizon(env, date)) return { refused: { code: "date_outside_plan", field: "date" } };
  // A stop put on another day or rep must keep the cadence; re-ordering its day changes no day.
  if (date !== from.date || repId !== from.repId) {
    const conflict = tooClose(draft, env, op.customerId, repId, date, found);
    if (conflict) return { refused: { code: "min_interval", field: "date", conflict } };
  }
  from.stops.splice(found.index, 1);
  const to = routeFor(draft, repId, date);
  if (op.position !== undefined && op.position > to.stops.length) {
    return { refused: { code: "position_outside_route", field: "position" } };
  }
  place(to, found.stop, op.position, env);
  touched.add(`${from.repId}|${from.date}`);
  touched.add(`${to.repId}|${to.date}`);
  return { draft: settle(draft, touched, env, carried) };
}
