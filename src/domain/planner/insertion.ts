import type { Rng } from "./rng.ts";
import type { Routes } from "./routes.ts";
import type { SisrWork } from "./work.ts";

// Cheapest-insertion of one task, the inner loop of every recreate. Kept apart from the ruin
// side so that each file stays small; everything here is allocation-free.

/** Puts `t` alone on the first empty enabled vehicle that can serve it. */
export function openRoute(routes: Routes, t: number, work: SisrWork): boolean {
  const { inst } = routes;
  for (let r = 0; r < inst.nVeh; r++) {
    if (routes.nReal[r]! !== 0 || !routes.enabled[r]) continue;
    if (inst.restricted[t] && !inst.allowed[t * inst.nVeh + r]) continue;
    if (inst.demand[t]! > inst.capacity[r]! || inst.maxStops[r]! < routes.len[r]! + 1) continue;
    for (let p = 0; p <= routes.len[r]!; p++) {
      if (routes.insertDelta(r, t, p) < Number.POSITIVE_INFINITY) {
        routes.insert(r, t, p);
        work.touch(r);
        return true;
      }
    }
  }
  return false;
}

function accepts(routes: Routes, r: number, t: number, dem: number, restricted: boolean): boolean {
  const { inst } = routes;
  return (
    routes.enabled[r] === 1 &&
    (!restricted || inst.allowed[t * inst.nVeh + r] === 1) &&
    routes.load[r]! + dem <= inst.capacity[r]! &&
    routes.len[r]! + 1 <= inst.maxStops[r]!
  );
}

/** Insertion delta for the breaks-free, single-window case; Infinity when infeasible. */
function fastDelta(
  routes: Routes,
  r: number,
  p: number,
  t: number,
  latest: number,
  first: number,
  svc: number,
): number {
  const { n, cost, time, service } = routes.inst;
  const nodes = routes.nodes[r]!;
  const a = nodes[p]!;
  const b = nodes[p + 1]!;
  const arr = routes.es[r]![p]! + service[a]! + time[a * n + t]!;
  if (arr > latest) return Number.POSITIVE_INFINITY;
  if (Math.max(arr, first) + svc + time[t * n + b]! > routes.ls[r]![p + 1]!) {
    return Number.POSITIVE_INFINITY;
  }
  const d = cost[a * n + t]! + cost[t * n + b]! - cost[a * n + b]!;
  return routes.nReal[r] === 0 ? d + cost[a * n + b]! + routes.inst.fixedCost[r]! : d;
}

/** Geometric gap between blinks: one draw per blink instead of one per position. */
function blinkGap(rng: Rng, rate: number): number {
  if (rate <= 0) return Number.POSITIVE_INFINITY;
  return 1 + Math.floor(Math.log(1 - rng.next()) / Math.log(1 - rate));
}

/** Inserts `t` at its cheapest position; returns false when it stays unassigned. */
export function insertBest(
  routes: Routes,
  t: number,
  rng: Rng,
  work: SisrWork,
  blinkRate: number,
): boolean {
  const { inst } = routes;
  const dem = inst.demand[t]!;
  const restricted = inst.restricted[t] === 1;
  let bestR = -1;
  let bestP = -1;
  let best = Number.POSITIVE_INFINITY;
  // Service can never start after the end of the task's last window; earliest starts only grow
  // along a route, so the scan of a route stops at the first position already past it.
  const latest = inst.twEnd[inst.twOff[t + 1]! - 1]!;
  const stamp = ++work.classStamp;
  const { n, cost, time, service } = inst;
  const fast = !inst.hasBreaks && inst.twOff[t + 1]! - inst.twOff[t]! === 1;
  const first = inst.twStart[inst.twOff[t]!]!;
  const svc = service[t]!;
  let countdown = blinkRate > 0 ? work.blinkCountdown : Number.POSITIVE_INFINITY;
  if (countdown <= 0) countdown = blinkGap(rng, blinkRate);
  const granular = fast ? Math.min(work.granularity, inst.nNeighbors) : 0;
  if (granular > 0) {
    // Granular neighbourhood: the cheapest insertion is almost always next to one of the
    // task's nearest neighbours or next to a depot, so try those positions first and fall back
    // to the full scan below only when none of them is feasible.
    const nb = inst.neighbors;
    const base = t * inst.nNeighbors;
    for (let k = 0; k < granular; k++) {
      const c = nb[base + k]!;
      const r = routes.routeOf[c]!;
      if (r < 0 || !accepts(routes, r, t, dem, restricted)) continue;
      const p = routes.posOf[c]!;
      for (let q = p - 1; q <= p; q++) {
        if (--countdown <= 0) {
          countdown = blinkGap(rng, blinkRate);
          continue;
        }
        const d = fastDelta(routes, r, q, t, latest, first, svc);
        if (d < best) {
          best = d;
          bestR = r;
          bestP = q;
        }
      }
    }
    for (let r = 0; r < inst.nVeh; r++) {
      if (!accepts(routes, r, t, dem, restricted)) continue;
      const len = routes.len[r]!;
      if (len === 0) {
        const cls = inst.vehClass[r]!;
        if (work.classSeen[cls] === stamp) continue;
        work.classSeen[cls] = stamp;
      }
      for (let q = 0; q <= len; q += Math.max(1, len)) {
        const d = fastDelta(routes, r, q, t, latest, first, svc);
        if (d < best) {
          best = d;
          bestR = r;
          bestP = q;
        }
      }
    }
  }
  const fullScan = granular === 0 || bestR < 0;
  for (let r = 0; fullScan && r < inst.nVeh; r++) {
    if (!routes.enabled[r]) continue;
    if (restricted && !inst.allowed[t * inst.nVeh + r]) continue;
    if (routes.len[r] === 0) {
      // Identical empty vehicles give identical insertions: evaluate one per class.
      const cls = inst.vehClass[r]!;
      if (work.classSeen[cls] === stamp) continue;
      work.classSeen[cls] = stamp;
    }
    if (routes.load[r]! + dem > inst.capacity[r]!) continue;
    const len = routes.len[r]!;
    if (len + 1 > inst.maxStops[r]!) continue;
    const es = routes.es[r]!;
    if (fast) {
      // Hot path (no breaks, one window): cost first, then the O(1) time check only for
      // positions that would beat the best so far.
      const nodes = routes.nodes[r]!;
      const ls = routes.ls[r]!;
      const empty = routes.nReal[r] === 0;
      for (let p = 0; p <= len; p++) {
        const esP = es[p]!;
        if (esP > latest) break;
        if (--countdown <= 0) {
          countdown = blinkGap(rng, blinkRate);
          continue;
        }
        const a = nodes[p]!;
        const b = nodes[p + 1]!;
        let d = cost[a * n + t]! + cost[t * n + b]! - cost[a * n + b]!;
        if (empty) d += cost[a * n + b]! + inst.fixedCost[r]!;
        if (d >= best) continue;
        const arr = esP + service[a]! + time[a * n + t]!;
        if (arr > latest) continue;
        const st = Math.max(arr, first);
        if (st + svc + time[t * n + b]! > ls[p + 1]!) continue;
        best = d;
        bestR = r;
        bestP = p;
      }
      continue;
    }
    for (let p = 0; p <= len; p++) {
      if (es[p]! > latest) break;
      if (--countdown <= 0) {
        countdown = blinkGap(rng, blinkRate);
        continue;
      }
      const d = routes.insertDelta(r, t, p);
      if (d < best) {
        best = d;
        bestR = r;
        bestP = p;
      }
    }
  }
  if (blinkRate > 0) work.blinkCountdown = countdown;
  if (bestR < 0) return false;
  if (!inst.mandatory[t] && best >= inst.prize[t]! * work.prizeSlack) return false;
  routes.insert(bestR, t, bestP);
  work.touch(bestR);
  return true;
}
