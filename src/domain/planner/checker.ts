import type { Problem, Solution, TimeWindow } from "./types.ts";

export interface CheckReport {
  readonly feasible: boolean;
  readonly violations: readonly string[];
  /** Distance and travel time recomputed from the matrix, independent of the solver's figures. */
  readonly distance: number;
  readonly duration: number;
}

const EPS = 1e-6;

function earliestIn(windows: readonly TimeWindow[] | undefined, t: number): number | undefined {
  if (!windows || windows.length === 0) return t;
  let best: number | undefined;
  for (const w of windows) {
    if (t <= w.end + EPS) {
      const s = Math.max(t, w.start);
      if (best === undefined || s < best) best = s;
    }
  }
  return best;
}

/**
 * Independent feasibility check: deliberately naive code that shares nothing with the solver
 * except the public types. It replays each route from the vehicle's shift start, waiting when
 * early, and recomputes every constraint and total.
 */
export function checkSolution(problem: Problem, solution: Solution): CheckReport {
  const violations: string[] = [];
  const jobs = new Map(problem.jobs.map((j) => [j.id, j]));
  const vehicles = new Map(problem.vehicles.map((v) => [v.id, v]));
  const seen = new Map<string, string>();
  const { distance: D, duration: T } = problem.matrix;
  let totalDist = 0;
  let totalTime = 0;
  const usedVehicles = new Set<string>();

  for (const route of solution.routes) {
    const veh = vehicles.get(route.vehicleId);
    if (!veh) {
      violations.push(`route uses unknown vehicle ${route.vehicleId}`);
      continue;
    }
    if (usedVehicles.has(veh.id)) violations.push(`vehicle ${veh.id} has two routes`);
    usedVehicles.add(veh.id);
    const breaks = new Map((veh.breaks ?? []).map((b) => [b.id, b]));
    let loc = veh.startLocation;
    let t = Math.max(veh.shift.start, route.departure);
    let load = 0;
    let dist = 0;
    let time = 0;
    let jobStops = 0;
    for (const stop of route.stops) {
      if (stop.kind === "break") {
        const br = breaks.get(stop.jobId);
        if (!br) {
          violations.push(`route ${veh.id}: unknown break ${stop.jobId}`);
          continue;
        }
        if (seen.has(`${stop.jobId}@${veh.id}`)) violations.push(`break ${stop.jobId} twice`);
        seen.set(`${stop.jobId}@${veh.id}`, veh.id);
        const s = earliestIn(br.timeWindows, t);
        if (s === undefined) violations.push(`route ${veh.id}: break ${br.id} misses its windows`);
        t = (s ?? t) + br.duration;
        continue;
      }
      const job = jobs.get(stop.jobId);
      if (!job) {
        violations.push(`route ${veh.id}: unknown job ${stop.jobId}`);
        continue;
      }
      if (seen.has(job.id)) violations.push(`job ${job.id} served twice`);
      seen.set(job.id, veh.id);
      jobStops++;
      const d = D[loc]?.[job.location];
      const tt = T[loc]?.[job.location];
      if (d === undefined || tt === undefined) {
        violations.push(`job ${job.id}: location outside the matrix`);
        continue;
      }
      dist += d;
      time += tt;
      const arrival = t + tt;
      const windows =
        job.lock?.time !== undefined
          ? [{ start: job.lock.time, end: job.lock.time }]
          : job.timeWindows;
      const s = earliestIn(windows, arrival);
      if (s === undefined)
        violations.push(`job ${job.id}: arrives at ${arrival}, after its windows`);
      if (job.lock?.time !== undefined && job.timeWindows?.length) {
        if (earliestIn(job.timeWindows, job.lock.time) !== job.lock.time) {
          violations.push(`job ${job.id}: pinned time outside its windows`);
        }
      }
      t = (s ?? arrival) + (job.service ?? 0);
      load += job.demand ?? 0;
      loc = job.location;
      if (job.lock && job.lock.vehicleId !== veh.id) {
        violations.push(`job ${job.id}: locked to ${job.lock.vehicleId} but on ${veh.id}`);
      }
      if (job.allowedVehicles && !job.allowedVehicles.includes(veh.id)) {
        violations.push(`job ${job.id}: vehicle ${veh.id} not allowed`);
      }
    }
    const dEnd = D[loc]?.[veh.endLocation] ?? 0;
    const tEnd = T[loc]?.[veh.endLocation] ?? 0;
    dist += dEnd;
    time += tEnd;
    t += tEnd;
    if (t > veh.shift.end + EPS) violations.push(`route ${veh.id}: back at ${t} after shift end`);
    if (veh.capacity !== undefined && load > veh.capacity + EPS) {
      violations.push(`route ${veh.id}: load ${load} exceeds capacity ${veh.capacity}`);
    }
    if (veh.maxStops !== undefined && jobStops > veh.maxStops) {
      violations.push(`route ${veh.id}: ${jobStops} stops exceed max ${veh.maxStops}`);
    }
    if (Math.abs(dist - route.distance) > EPS * Math.max(1, dist)) {
      violations.push(`route ${veh.id}: reported distance ${route.distance}, actual ${dist}`);
    }
    totalDist += dist;
    totalTime += time;
  }

  const unassigned = new Set(solution.unassigned.map((u) => u.jobId));
  for (const route of solution.routes) {
    for (const b of vehicles.get(route.vehicleId)?.breaks ?? []) {
      if (!seen.has(`${b.id}@${route.vehicleId}`) && !unassigned.has(b.id)) {
        violations.push(`route ${route.vehicleId}: break ${b.id} neither taken nor reported`);
      }
    }
  }
  for (const job of problem.jobs) {
    const served = seen.has(job.id);
    if (served && unassigned.has(job.id)) violations.push(`job ${job.id} served and unassigned`);
    if (!served && !unassigned.has(job.id)) violations.push(`job ${job.id} missing`);
  }
  if (Math.abs(totalDist - solution.distance) > EPS * Math.max(1, totalDist)) {
    violations.push(`total distance reported ${solution.distance}, actual ${totalDist}`);
  }
  return {
    feasible: violations.length === 0,
    violations,
    distance: totalDist,
    duration: totalTime,
  };
}
