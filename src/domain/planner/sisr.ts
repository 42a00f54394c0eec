import { insertBest, openRoute } from "./insertion.ts";
import type { Rng } from "./rng.ts";
import type { Routes } from "./routes.ts";
import type { SisrWork } from "./work.ts";

/**
 * Slack Induction by String Removals (Christiaens & Vanden Berghe 2020): remove a few strings of
 * consecutive tasks from routes that are geographically close, then greedily re-insert with
 * "blinks" (each position skipped with a small probability). Strings free whole stretches of
 * neighbouring routes, which creates the slack needed to re-order them.
 */
export interface SisrParams {
  /** Average number of removed tasks. */
  readonly avgRemoved: number;
  /** Maximum string length. */
  readonly maxString: number;
  readonly splitRate: number;
  readonly splitDepth: number;
  readonly blinkRate: number;
  /**
   * Probability that a ruin empties a whole (small) route instead: strings of ≤ 10 rarely empty a
   * route of 30, so without this the annealing stays in the basin of its current fleet size.
   */
  readonly routeRemovalRate: number;
  /**
   * Probability that a recreate opens a new route with its first task. The counterpart of route
   * removal: greedy insertion alone almost never prefers an empty vehicle to a cheap detour, so
   * wide-window instances (R2, RC2) would keep one or two vehicles fewer than the optimum.
   */
  readonly newRouteRate: number;
  /** Nearest neighbours defining the granular insertion positions. */
  readonly granularity: number;
  /** Run a 2-opt* descent on the routes each iteration touched. */
  readonly tailExchange: boolean;
  /** Also run an inter-route swap descent (only with tailExchange); measured worse, so off. */
  readonly swap: boolean;
}

export const DEFAULT_SISR: SisrParams = {
  avgRemoved: 10,
  maxString: 10,
  splitRate: 0.5,
  splitDepth: 0.01,
  blinkRate: 0.01,
  routeRemovalRate: 0.05,
  newRouteRate: 0.1,
  granularity: 20,
  tailExchange: true,
  swap: false,
};

const MAX_RETRIED_ABSENT = 16;

/** Removes strings around a random seed task; removed tasks are appended to `work.list`. */
export function ruin(routes: Routes, rng: Rng, work: SisrWork, params: SisrParams): void {
  const { inst } = routes;
  let used = 0;
  let usedReal = 0;
  let total = 0;
  for (let r = 0; r < inst.nVeh; r++) {
    if (routes.len[r]! > 0) {
      used++;
      total += routes.len[r]!;
    }
    if (routes.nReal[r]! > 0) usedReal++;
  }
  if (used === 0) return;
  if (usedReal > 1 && rng.next() < params.routeRemovalRate) {
    removeSmallRoute(routes, rng, work);
    return;
  }
  const lsMax = Math.min(params.maxString, total / used);
  const ksMax = (4 * params.avgRemoved) / (1 + lsMax) - 1;
  const ks = Math.floor(rng.next() * ksMax) + 1;
  let seed = rng.int(inst.nTasks);
  for (let tries = 0; routes.routeOf[seed]! < 0 && tries < inst.nTasks; tries++) {
    seed = (seed + 1) % inst.nTasks;
  }
  if (routes.routeOf[seed]! < 0) return;
  const mark = work.mark;
  const ruinedStamp = work.stamp;
  let ruined = 0;
  for (let k = -1; k < inst.nNeighbors && ruined < ks; k++) {
    const c = k < 0 ? seed : inst.neighbors[seed * inst.nNeighbors + k]!;
    const r = routes.routeOf[c]!;
    if (r < 0 || mark[c] || work.touchedStamp[r] === ruinedStamp) continue;
    const len = routes.len[r]!;
    const ltMax = Math.min(len, lsMax);
    const lt = Math.floor(rng.next() * ltMax) + 1;
    const pos = routes.posOf[c]!;
    const nodes = routes.nodes[r]!;
    if (lt >= len || rng.next() >= params.splitRate) {
      const lo = Math.max(1, pos - lt + 1);
      const hi = Math.min(pos, len - lt + 1);
      const s = lo + rng.int(hi - lo + 1);
      for (let p = s; p < s + lt; p++) removeAt(nodes[p]!, mark, work);
    } else {
      let m = 1;
      while (lt + m < len && rng.next() >= params.splitDepth) m++;
      const span = lt + m;
      const lo = Math.max(1, pos - span + 1);
      const hi = Math.min(pos, len - span + 1);
      const s = lo + rng.int(hi - lo + 1);
      const keep = s + rng.int(lt + 1);
      for (let p = s; p < s + span; p++) {
        if (p < keep || p >= keep + m) removeAt(nodes[p]!, mark, work);
      }
    }
    work.touch(r);
    ruined++;
  }
  for (let i = 0; i < work.touchedLen; i++) {
    const r = work.touched[i]!;
    routes.compact(r, mark);
    repair(routes, r, work);
  }
  for (let i = 0; i < work.listLen; i++) mark[work.list[i]!] = 0;
}

/** Empties the smaller of two random used routes (binary tournament). */
function removeSmallRoute(routes: Routes, rng: Rng, work: SisrWork): void {
  const { inst } = routes;
  const pickUsed = (): number => {
    let r = rng.int(inst.nVeh);
    while (routes.nReal[r]! === 0) r = (r + 1) % inst.nVeh;
    return r;
  };
  const a = pickUsed();
  const b = pickUsed();
  const r = routes.nReal[a]! <= routes.nReal[b]! ? a : b;
  const nodes = routes.nodes[r]!;
  for (let p = 1; p <= routes.len[r]!; p++) {
    // Breaks stay: they belong to the vehicle, not to the customers around them.
    if (!inst.isBreak[nodes[p]!]) removeAt(nodes[p]!, work.mark, work);
  }
  work.touch(r);
  routes.compact(r, work.mark);
  repair(routes, r, work);
  for (let i = 0; i < work.listLen; i++) work.mark[work.list[i]!] = 0;
}

function removeAt(task: number, mark: Uint8Array, work: SisrWork): void {
  if (mark[task]) return;
  mark[task] = 1;
  work.list[work.listLen++] = task;
}

/**
 * Without the triangle inequality (road matrices) removing a stop can make a later one late.
 * Drop the first late task until the route is feasible again; it joins the re-insert list.
 */
function repair(routes: Routes, r: number, work: SisrWork): void {
  while (!routes.feasible(r)) {
    const es = routes.es[r]!;
    const ls = routes.ls[r]!;
    const len = routes.len[r]!;
    let p = 1;
    while (p <= len && es[p]! <= ls[p]! + 1e-9) p++;
    if (p > len) p = len;
    if (p < 1) return;
    const t = routes.nodes[r]![p]!;
    work.mark[t] = 1;
    work.list[work.listLen++] = t;
    routes.compact(r, work.mark);
  }
}

/**
 * Greedy re-insertion of `work.list` (plus every absent task) in a randomised order, each at its
 * cheapest feasible position. Optional tasks are only inserted when the detour costs less than
 * their prize.
 */
export function recreate(
  routes: Routes,
  rng: Rng,
  work: SisrWork,
  blinkRate: number,
  absence?: Float64Array,
  newRouteRate = 0,
): void {
  const { inst } = routes;
  const list = work.list;
  const removed = work.listLen;
  for (let i = 0; i < work.listLen; i++) work.mark[list[i]!] = 1;
  for (let t = 0; t < inst.nTasks; t++) {
    if (routes.routeOf[t]! < 0 && !work.mark[t]) {
      work.mark[t] = 1;
      list[work.listLen++] = t;
    }
  }
  for (let i = 0; i < work.listLen; i++) work.mark[list[i]!] = 0;
  // In an over-constrained plan hundreds of tasks can be out; retrying all of them every
  // iteration would make iterations 100× slower, so the search retries a random few.
  if (blinkRate > 0 && work.listLen - removed > MAX_RETRIED_ABSENT) {
    for (let i = 0; i < MAX_RETRIED_ABSENT; i++) {
      const j = removed + i + rng.int(work.listLen - removed - i);
      const tmp = list[removed + i]!;
      list[removed + i] = list[j]!;
      list[j] = tmp;
    }
    work.listLen = removed + MAX_RETRIED_ABSENT;
  }
  const n = work.listLen;
  const key = work.sortKey;
  work.prizeSlack = blinkRate > 0 && rng.next() < 0.5 ? 1 + 2 * rng.next() : 1;
  const pick = rng.int(11);
  for (let i = 0; i < n; i++) {
    const t = list[i]!;
    // Weights 4:4:2:1 for random, demand, far, close as in the SISR paper; the absence counters
    // of fleet minimisation take precedence so that hard tasks go first, and tasks locked to one
    // vehicle go before all others: inserted late, they find their only route already full.
    let k: number;
    if (pick < 4) k = rng.next();
    else if (pick < 8) k = -inst.demand[t]!;
    else if (pick < 10) k = -work.far[t]!;
    else k = work.far[t]!;
    key[t] = (absence ? k - absence[t]! * 1e9 : k) - inst.locked[t]! * 1e15;
  }
  const sub = list.subarray(0, n);
  sub.sort((a, b) => key[a]! - key[b]!);
  let start = 0;
  if (n > 0 && newRouteRate > 0 && rng.next() < newRouteRate) {
    if (openRoute(routes, sub[0]!, work)) start = 1;
  }
  for (let i = start; i < n; i++) {
    const t = sub[i]!;
    insertBest(routes, t, rng, work, blinkRate);
  }
}
