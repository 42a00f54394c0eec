// Test helpers shared by the planner's test files (not used by production code).
import { Rng } from "./rng.ts";
import type { Job, Problem, Vehicle } from "./types.ts";

export interface RandomProblemSpec {
  readonly jobs: number;
  readonly vehicles: number;
  readonly seed: number;
  /** Share of jobs that are optional (with a prize). */
  readonly optionalShare?: number;
  readonly capacity?: number;
  readonly horizon?: number;
  readonly windowWidth?: number;
  readonly maxStops?: number;
}

/** Random Euclidean instance on a 100 × 100 square with the depot in the middle. */
export function randomProblem(spec: RandomProblemSpec): Problem {
  const rng = new Rng(spec.seed);
  const horizon = spec.horizon ?? 400;
  const width = spec.windowWidth ?? 120;
  const pts = [{ x: 50, y: 50 }];
  for (let i = 0; i < spec.jobs; i++) pts.push({ x: rng.next() * 100, y: rng.next() * 100 });
  const distance = pts.map((a) => pts.map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
  const vehicles: Vehicle[] = Array.from({ length: spec.vehicles }, (_, v) => ({
    id: `v${v}`,
    startLocation: 0,
    endLocation: 0,
    shift: { start: 0, end: horizon },
    ...(spec.capacity !== undefined ? { capacity: spec.capacity } : {}),
    ...(spec.maxStops !== undefined ? { maxStops: spec.maxStops } : {}),
  }));
  const jobs: Job[] = [];
  for (let i = 0; i < spec.jobs; i++) {
    const start = rng.next() * (horizon - width);
    const optional = rng.next() < (spec.optionalShare ?? 0);
    jobs.push({
      id: `j${i}`,
      location: i + 1,
      timeWindows: [{ start, end: start + width }],
      service: 5,
      demand: 1 + rng.int(3),
      ...(optional ? { prize: rng.next() * 60 } : {}),
    });
  }
  return { matrix: { distance, duration: distance }, vehicles, jobs };
}

/**
 * Exhaustive optimum of cost + lost prizes over all plans (every vehicle's sequence), for tiny
 * instances. Independent of the solver: a plain depth-first enumeration over the public model.
 */
export function bruteForceOptimum(problem: Problem): number {
  const { jobs, vehicles } = problem;
  const D = problem.matrix.distance;
  const T = problem.matrix.duration;
  const used = new Array<boolean>(jobs.length).fill(false);
  let best = Number.POSITIVE_INFINITY;
  const startOf = (t: number, w: readonly { start: number; end: number }[] | undefined) => {
    if (!w || w.length === 0) return t;
    for (const x of w) if (t <= x.end) return Math.max(t, x.start);
    return undefined;
  };
  const rec = (v: number, loc: number, time: number, load: number, stops: number, acc: number) => {
    const veh = vehicles[v];
    if (!veh) {
      let lost = 0;
      for (let j = 0; j < jobs.length; j++) {
        if (used[j]) continue;
        const prize = jobs[j]!.prize;
        if (prize === undefined) return;
        lost += prize;
      }
      best = Math.min(best, acc + lost);
      return;
    }
    // Close this route (if it can get home in time) and move on to the next vehicle.
    const back = time + T[loc]![veh.endLocation]!;
    if (back <= veh.shift.end + 1e-9) {
      const closing = stops > 0 ? D[loc]![veh.endLocation]! : 0;
      const next = vehicles[v + 1];
      rec(v + 1, next?.startLocation ?? 0, next?.shift.start ?? 0, 0, 0, acc + closing);
    }
    for (let j = 0; j < jobs.length; j++) {
      if (used[j]) continue;
      const job = jobs[j]!;
      if (veh.maxStops !== undefined && stops + 1 > veh.maxStops) continue;
      if (veh.capacity !== undefined && load + (job.demand ?? 0) > veh.capacity) continue;
      const s = startOf(time + T[loc]![job.location]!, job.timeWindows);
      if (s === undefined) continue;
      used[j] = true;
      const l = job.location;
      rec(v, l, s + (job.service ?? 0), load + (job.demand ?? 0), stops + 1, acc + D[loc]![l]!);
      used[j] = false;
    }
  };
  const first = vehicles[0];
  rec(0, first?.startLocation ?? 0, first?.shift.start ?? 0, 0, 0, 0);
  return best;
}
