import type { Instance } from "./instance.ts";
import type { Routes } from "./routes.ts";
import type { SisrWork } from "./work.ts";

/**
 * 2-opt* (tail exchange) descent between routes: route A keeps its head up to position i and
 * takes B's tail after j, and vice versa. Ruin-and-recreate re-inserts tasks one by one, so it
 * rarely finds this move, which swaps two whole route ends at once. Each candidate is checked in
 * O(1) with the earliest/latest starts and cumulative loads. Only routes touched by the current
 * iteration are scanned (the others were already 2-opt*-optimal), and only reconnections to one
 * of the K nearest neighbours (granular neighbourhood, Toth & Vigo 2003).
 * Requires identical start/end depots and no breaks (checked by the caller via vehClass).
 */
export function twoOptStar(
  routes: Routes,
  work: SisrWork,
  maxMoves: number,
  granularity: number,
): void {
  const { inst } = routes;
  const { n, cost, time, service, capacity, maxStops, neighbors, nNeighbors } = inst;
  const K = Math.min(granularity, nNeighbors);
  let moves = 0;
  let improved = true;
  while (improved && moves < maxMoves) {
    improved = false;
    for (let ti = 0; ti < work.touchedLen && !improved; ti++) {
      const a = work.touched[ti]!;
      const A = routes.nodes[a]!;
      // Granular: A keeps its head up to x and continues with y1, one of x's nearest neighbours;
      // B = route of y1 keeps its head up to y (y1's predecessor) and takes A's tail after x.
      for (let i = 1; i <= routes.len[a]! && !improved; i++) {
        const x = A[i]!;
        for (let k = 0; k < K; k++) {
          const y1 = neighbors[x * nNeighbors + k]!;
          const b = routes.routeOf[y1]!;
          if (b < 0 || b === a || inst.vehClass[a] !== inst.vehClass[b]) continue;
          const j = routes.posOf[y1]! - 1;
          const lenA = routes.len[a]!;
          const lenB = routes.len[b]!;
          const B = routes.nodes[b]!;
          const x1 = A[i + 1]!;
          const y = B[j]!;
          let delta = cost[x * n + y1]! + cost[y * n + x1]! - cost[x * n + x1]! - cost[y * n + y1]!;
          // An emptied route B stops costing its depot-to-depot leg and fixed cost.
          if (j === 0 && i === lenA) delta -= cost[y * n + x1]! + inst.fixedCost[b]!;
          if (delta >= -1e-9) continue;
          const cumA = routes.cum[a]!;
          const cumB = routes.cum[b]!;
          const loadA = routes.load[a]!;
          const loadB = routes.load[b]!;
          const cap = capacity[a]!;
          if (cumA[i]! + loadB - cumB[j]! > cap || cumB[j]! + loadA - cumA[i]! > cap) continue;
          if (i + lenB - j > maxStops[a]! || j + lenA - i > maxStops[b]!) continue;
          // Locked or skill-restricted tasks must not change vehicle with their tail.
          const rcumA = routes.rcum[a]!;
          const rcumB = routes.rcum[b]!;
          if (rcumA[lenA]! - rcumA[i]! > 0 || rcumB[lenB]! - rcumB[j]! > 0) continue;
          if (routes.es[a]![i]! + service[x]! + time[x * n + y1]! > routes.ls[b]![j + 1]!) continue;
          if (routes.es[b]![j]! + service[y]! + time[y * n + x1]! > routes.ls[a]![i + 1]!) continue;
          applyTailSwap(routes, a, i, b, j);
          work.touch(b);
          moves++;
          improved = true;
          break;
        }
      }
    }
  }
}

function applyTailSwap(routes: Routes, a: number, i: number, b: number, j: number): void {
  const A = routes.nodes[a]!;
  const B = routes.nodes[b]!;
  const lenA = routes.len[a]!;
  const lenB = routes.len[b]!;
  // Tails include the end depots, which are interchangeable for identical vehicles but must stay
  // each route's own node: swap the customer parts only and keep the depots in place.
  const tailA = A.slice(i + 1, lenA + 1);
  const tailB = B.slice(j + 1, lenB + 1);
  const endA = A[lenA + 1]!;
  const endB = B[lenB + 1]!;
  A.set(tailB, i + 1);
  A[i + 1 + tailB.length] = endA;
  B.set(tailA, j + 1);
  B[j + 1 + tailA.length] = endB;
  routes.len[a] = i + tailB.length;
  routes.len[b] = j + tailA.length;
  routes.recompute(a);
  routes.recompute(b);
}

function earliest(inst: Instance, node: number, t: number): number {
  const end = inst.twOff[node + 1]!;
  for (let k = inst.twOff[node]!; k < end; k++) {
    if (t <= inst.twEnd[k]!) return Math.max(t, inst.twStart[k]!);
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Inter-route swap descent (exchange u in A with v in B, v among u's K nearest neighbours).
 * Replacing one stop keeps the prefix, and the suffix is summarised by its latest start, so
 * each candidate is O(1). Restricted (locked, skills) tasks are never swapped.
 */
export function swapDescent(
  routes: Routes,
  work: SisrWork,
  maxMoves: number,
  granularity: number,
): void {
  const { inst } = routes;
  const { n, cost, time, service, demand, capacity, neighbors, nNeighbors } = inst;
  const K = Math.min(granularity, nNeighbors);
  let moves = 0;
  let improved = true;
  while (improved && moves < maxMoves) {
    improved = false;
    for (let ti = 0; ti < work.touchedLen && !improved; ti++) {
      const a = work.touched[ti]!;
      const A = routes.nodes[a]!;
      for (let p = 1; p <= routes.len[a]! && !improved; p++) {
        const u = A[p]!;
        if (inst.restricted[u]) continue;
        const up = A[p - 1]!;
        const un = A[p + 1]!;
        const outU = cost[up * n + u]! + cost[u * n + un]!;
        for (let k = 0; k < K; k++) {
          const v = neighbors[u * nNeighbors + k]!;
          const b = routes.routeOf[v]!;
          if (b < 0 || b === a || inst.restricted[v]) continue;
          const B = routes.nodes[b]!;
          const q = routes.posOf[v]!;
          const vp = B[q - 1]!;
          const vn = B[q + 1]!;
          const delta =
            cost[up * n + v]! +
            cost[v * n + un]! -
            outU +
            cost[vp * n + u]! +
            cost[u * n + vn]! -
            cost[vp * n + v]! -
            cost[v * n + vn]!;
          if (delta >= -1e-9) continue;
          const dd = demand[v]! - demand[u]!;
          if (routes.load[a]! + dd > capacity[a]! || routes.load[b]! - dd > capacity[b]!) continue;
          const sv = earliest(inst, v, routes.es[a]![p - 1]! + service[up]! + time[up * n + v]!);
          if (sv + service[v]! + time[v * n + un]! > routes.ls[a]![p + 1]!) continue;
          const su = earliest(inst, u, routes.es[b]![q - 1]! + service[vp]! + time[vp * n + u]!);
          if (su + service[u]! + time[u * n + vn]! > routes.ls[b]![q + 1]!) continue;
          A[p] = v;
          B[q] = u;
          routes.recompute(a);
          routes.recompute(b);
          work.touch(b);
          moves++;
          improved = true;
          break;
        }
      }
    }
  }
}
