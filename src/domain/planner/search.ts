import type { Instance } from "./instance.ts";
import { swapDescent, twoOptStar } from "./local-search.ts";
import { Rng } from "./rng.ts";
import { Routes } from "./routes.ts";
import { DEFAULT_SISR, recreate, ruin, type SisrParams } from "./sisr.ts";
import type { Objective } from "./types.ts";
import { SisrWork } from "./work.ts";

export interface SearchOptions {
  readonly timeLimitMs: number;
  readonly seed: number;
  readonly objective: Objective;
  readonly maxIterations?: number;
  readonly now?: () => number;
  /** Tuning knobs (benchmarks only): temperatures relative to the mean edge cost. */
  readonly tempStart?: number;
  readonly tempEnd?: number;
  readonly sisr?: Partial<SisrParams>;
  readonly eliminationShare?: number;
}

export interface SearchResult {
  readonly best: Routes;
  readonly iterations: number;
}

/** Lexicographic score: unserved mandatory tasks, then (optionally) vehicles, then cost. */
interface Score {
  absent: number;
  vehicles: number;
  cost: number;
}

/** A task that must be served: mandatory jobs, and breaks of vehicles that are used. */
function required(routes: Routes, t: number): boolean {
  const owner = routes.inst.breakOwner[t]!;
  return owner < 0 ? routes.inst.mandatory[t] === 1 : routes.nReal[owner]! > 0;
}

function score(routes: Routes, out: Score): Score {
  const { inst } = routes;
  let absent = 0;
  let lost = 0;
  for (let t = 0; t < inst.nTasks; t++) {
    if (routes.routeOf[t]! >= 0) continue;
    if (required(routes, t)) absent++;
    else lost += inst.prize[t]!;
  }
  out.absent = absent;
  out.vehicles = routes.usedVehicles();
  out.cost = routes.totalCost() + lost;
  return out;
}

// Temperatures are relative to the mean edge cost of the first solution so that the schedule
// behaves the same whether costs are in meters or in Solomon's abstract units.
const T_START = 1;
const T_END = 0.01;

export function search(inst: Instance, opts: SearchOptions): SearchResult {
  const now = opts.now ?? (() => performance.now());
  const t0 = now();
  const maxIt = opts.maxIterations ?? Number.POSITIVE_INFINITY;
  const rng = new Rng(opts.seed);
  const work = new SisrWork(inst);
  const params: SisrParams = { ...DEFAULT_SISR, ...opts.sisr };
  // Measured: on 100 tasks the full scan (with its early exits) is faster than the granular one.
  work.granularity = inst.nTasks >= 400 ? params.granularity : 0;
  const tStart = opts.tempStart ?? T_START;
  const tEnd = opts.tempEnd ?? T_END;

  const cur = new Routes(inst);
  work.begin();
  recreate(cur, rng, work, 0);
  const cand = new Routes(inst);
  cand.copyFrom(cur);
  const best = new Routes(inst);
  best.copyFrom(cur);
  if (inst.nTasks === 0) return { best, iterations: 0 };

  const vehiclesFirst = opts.objective === "vehicles-first";
  const curS = score(cur, { absent: 0, vehicles: 0, cost: 0 });
  const bestS = { ...curS };
  const candS = { ...curS };
  const meanEdge = Math.max(1e-9, curS.cost / Math.max(1, inst.nTasks));
  let iterations = 0;
  let elapsedFrac = 0;

  const better = (a: Score, b: Score): boolean => {
    if (a.absent !== b.absent) return a.absent < b.absent;
    if (vehiclesFirst && a.vehicles !== b.vehicles) return a.vehicles < b.vehicles;
    return a.cost < b.cost - 1e-9;
  };
  const progress = (): number => {
    const byTime = (now() - t0) / opts.timeLimitMs;
    const byIt = iterations / maxIt;
    return Math.max(byTime, byIt);
  };

  // Phase 1 (vehicles-first only): route elimination with absence counters, as in SISR's fleet
  // minimisation. Remove the smallest route, then accept any ruin-and-recreate result that
  // leaves fewer customers out or "harder-to-place" ones less often. Distance mode can run it
  // too (`eliminationShare`), but measured worse than route removal/opening moves: off.
  const phaseEnd = vehiclesFirst ? 0.7 : (opts.eliminationShare ?? 0);
  if (phaseEnd > 0 && curS.absent === 0) {
    const absence = new Float64Array(inst.nTasks);
    let absentCur = 0;
    let sumAbsCur = 0;
    const removeRoute = (): boolean => {
      let target = -1;
      for (let r = 0; r < inst.nVeh; r++) {
        if (cur.nReal[r]! === 0 || !cur.enabled[r]) continue;
        if (target < 0 || cur.nReal[r]! < cur.nReal[target]!) target = r;
      }
      if (target < 0) return false;
      for (let r = 0; r < inst.nVeh; r++) if (cur.nReal[r] === 0) cur.enabled[r] = 0;
      cur.enabled[target] = 0;
      work.begin();
      for (let p = 1; p <= cur.len[target]!; p++) work.mark[cur.nodes[target]![p]!] = 1;
      cur.compact(target, work.mark);
      work.mark.fill(0);
      work.begin();
      recreate(cur, rng, work, 0, absence);
      cand.copyFrom(cur);
      return true;
    };
    const countAbsent = (routes: Routes): [number, number] => {
      let a = 0;
      let s = 0;
      for (let t = 0; t < inst.nTasks; t++) {
        if (routes.routeOf[t]! < 0 && required(routes, t)) {
          a++;
          s += absence[t]!;
        }
      }
      return [a, s];
    };
    const fleetBest = new Routes(inst);
    fleetBest.copyFrom(cur);
    let active = removeRoute();
    [absentCur, sumAbsCur] = countAbsent(cur);
    while (active && iterations < maxIt) {
      // Reading the clock costs ~50 ns against ≥ 20 µs per iteration: check it every time,
      // so that slow iterations on large instances cannot overshoot the limit.
      elapsedFrac = progress();
      if (elapsedFrac >= phaseEnd) break;
      iterations++;
      work.begin();
      ruin(cand, rng, work, params);
      recreate(cand, rng, work, params.blinkRate, absence);
      const [a, s] = countAbsent(cand);
      if (a < absentCur || s < sumAbsCur) {
        sync(cur, cand, work);
        absentCur = a;
        sumAbsCur = s;
      } else {
        sync(cand, cur, work);
      }
      for (let t = 0; t < inst.nTasks; t++) if (cur.routeOf[t]! < 0) absence[t]!++;
      [, sumAbsCur] = countAbsent(cur);
      if (absentCur === 0) {
        score(cur, curS);
        fleetBest.copyFrom(cur);
        if (better(curS, bestS)) {
          best.copyFrom(cur);
          Object.assign(bestS, curS);
        }
        active = removeRoute();
        [absentCur, sumAbsCur] = countAbsent(cur);
      }
    }
    // Continue the distance phase from the best complete solution; vehicles-first keeps its
    // fleet, distance mode may use the others again when that shortens the total.
    cur.copyFrom(fleetBest);
    for (let r = 0; r < inst.nVeh; r++)
      cur.enabled[r] = !vehiclesFirst || cur.nReal[r]! > 0 ? 1 : 0;
    cand.copyFrom(cur);
    score(cur, curS);
  }

  // Phase 2: simulated annealing over ruin-and-recreate moves.
  const tailExchange = params.tailExchange && !inst.hasBreaks;
  const phaseStart = elapsedFrac;
  while (iterations < maxIt) {
    elapsedFrac = progress();
    if (elapsedFrac >= 1) break;
    iterations++;
    const frac = Math.min(1, (elapsedFrac - phaseStart) / Math.max(1e-9, 1 - phaseStart));
    const temp = meanEdge * tStart * (tEnd / tStart) ** frac;
    work.begin();
    ruin(cand, rng, work, params);
    recreate(cand, rng, work, params.blinkRate, undefined, params.newRouteRate);
    if (tailExchange) {
      twoOptStar(cand, work, 50, 20);
      if (params.swap) swapDescent(cand, work, 50, 20);
    }
    score(cand, candS);
    const accept =
      candS.absent < curS.absent ||
      (candS.absent === curS.absent &&
        !(vehiclesFirst && candS.vehicles > curS.vehicles) &&
        candS.cost < curS.cost - temp * Math.log(rng.next() + 1e-300));
    if (accept) {
      sync(cur, cand, work);
      Object.assign(curS, candS);
      if (better(curS, bestS)) {
        best.copyFrom(cur);
        Object.assign(bestS, curS);
      }
    } else {
      sync(cand, cur, work);
    }
  }
  return { best, iterations };
}

/** Makes `dst` equal to `src` on the routes and tasks the last iteration touched. */
function sync(dst: Routes, src: Routes, work: SisrWork): void {
  for (let i = 0; i < work.touchedLen; i++) dst.copyRoute(src, work.touched[i]!);
  for (let i = 0; i < work.listLen; i++) {
    const t = work.list[i]!;
    if (src.routeOf[t]! < 0) {
      dst.routeOf[t] = -1;
      dst.posOf[t] = -1;
    }
  }
}
