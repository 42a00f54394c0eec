import { earliestStart, endNode, type Instance, startNode } from "./instance.ts";
import type { Routes } from "./routes.ts";
import type { RoutePlan, Stop, Unassigned, UnassignedReason } from "./types.ts";

export interface RoutesSummary {
  readonly routes: RoutePlan[];
  readonly distance: number;
  readonly duration: number;
  readonly prizeCollected: number;
}

/** Turns the search state into the public per-vehicle schedules. */
export function describeRoutes(inst: Instance, routes: Routes): RoutesSummary {
  const { n, time, dist, service, isBreak, demand } = inst;
  const out: RoutePlan[] = [];
  let totalDist = 0;
  let totalTime = 0;
  let prize = 0;
  for (let r = 0; r < inst.nVeh; r++) {
    if (routes.nReal[r]! === 0) continue;
    const nodes = routes.nodes[r]!;
    const len = routes.len[r]!;
    const eff = routes.eff[r]!;
    const shiftStart = routes.es[r]![0]!;
    // Leave just in time for the first visit instead of waiting there: same schedule after it.
    const first = nodes[1]!;
    const firstTravel = time[nodes[0]! * n + first]!;
    const departure = isBreak[first]
      ? shiftStart
      : Math.max(shiftStart, routes.es[r]![1]! - firstTravel);
    let t = departure;
    let d = 0;
    let tt = 0;
    let load = 0;
    const stops: Stop[] = [];
    for (let p = 1; p <= len + 1; p++) {
      const node = nodes[p]!;
      const from = eff[p - 1]!;
      const legTime = isBreak[node] ? 0 : time[from * n + node]!;
      const arrival = t + legTime;
      if (!isBreak[node]) {
        d += dist[from * n + node]!;
        tt += legTime;
      }
      if (p === len + 1) {
        t = arrival;
        break;
      }
      const start = earliestStart(inst, node, arrival);
      load += demand[node]!;
      if (!isBreak[node]) prize += inst.prize[node]!;
      stops.push({
        jobId: inst.taskIds[node]!,
        kind: isBreak[node] ? "break" : "job",
        location: inst.nodeLocation[eff[p]!]!,
        arrival,
        wait: start - arrival,
        start,
        departure: start + service[node]!,
        load,
      });
      t = start + service[node]!;
    }
    out.push({
      vehicleId: inst.vehicleIds[r]!,
      stops,
      departure,
      arrival: t,
      distance: d,
      duration: tt,
      load,
    });
    totalDist += d;
    totalTime += tt;
  }
  return { routes: out, distance: totalDist, duration: totalTime, prizeCollected: prize };
}

function aloneFeasible(inst: Instance, t: number, v: number): boolean {
  const { n, time, service } = inst;
  const s = startNode(inst, v);
  const e = endNode(inst, v);
  const shiftStart = inst.twStart[inst.twOff[s]!]!;
  const shiftEnd = inst.twEnd[inst.twOff[e]!]!;
  const travelIn = inst.isBreak[t] ? 0 : time[s * n + t]!;
  const travelOut = inst.isBreak[t] ? time[s * n + e]! : time[t * n + e]!;
  const st = earliestStart(inst, t, shiftStart + travelIn);
  return st + service[t]! + travelOut <= shiftEnd;
}

/** Explains why each task is left out, most specific reason first. */
export function explainUnassigned(inst: Instance, routes: Routes): Unassigned[] {
  const out: Unassigned[] = [];
  for (let t = 0; t < inst.nTasks; t++) {
    if (routes.routeOf[t]! >= 0) continue;
    // A break of an unused vehicle is simply not needed.
    if (inst.isBreak[t]) {
      let v = 0;
      while (v < inst.nVeh && !inst.allowed[t * inst.nVeh + v]) v++;
      if (v >= inst.nVeh || routes.nReal[v]! === 0) continue;
    }
    out.push({ jobId: inst.taskIds[t]!, reason: reasonFor(inst, routes, t) });
  }
  return out;
}

function reasonFor(inst: Instance, routes: Routes, t: number): UnassignedReason {
  const compatible: number[] = [];
  for (let v = 0; v < inst.nVeh; v++) {
    if (!inst.restricted[t] || inst.allowed[t * inst.nVeh + v]) compatible.push(v);
  }
  if (compatible.length === 0) return "no_compatible_vehicle";
  if (inst.twOff[t + 1] === inst.twOff[t])
    return inst.locked[t] ? "lock_infeasible" : "no_feasible_window";
  const timeOk = compatible.filter((v) => aloneFeasible(inst, t, v));
  if (timeOk.length === 0) return inst.locked[t] ? "lock_infeasible" : "no_feasible_window";
  const capOk = timeOk.filter((v) => inst.demand[t]! <= inst.capacity[v]!);
  if (capOk.length === 0) return "capacity";
  const stopsOk = capOk.filter((v) => inst.maxStops[v]! >= 1);
  if (stopsOk.length === 0) return "max_stops";
  let slot = false;
  let capacityBlocked = false;
  let stopsBlocked = false;
  for (const v of stopsOk) {
    let fits = false;
    for (let p = 0; p <= routes.len[v]! && !fits; p++) {
      fits = routes.insertDelta(v, t, p) < Number.POSITIVE_INFINITY;
    }
    if (!fits) continue;
    if (routes.load[v]! + inst.demand[t]! > inst.capacity[v]!) capacityBlocked = true;
    else if (routes.len[v]! + 1 > inst.maxStops[v]!) stopsBlocked = true;
    else if (routes.enabled[v]) slot = true;
  }
  if (slot && !inst.mandatory[t]) return "not_worth_prize";
  if (capacityBlocked) return "capacity";
  if (stopsBlocked) return "max_stops";
  return "no_room_in_routes";
}
