import { buildInstance } from "./instance.ts";
import { describeRoutes, explainUnassigned } from "./output.ts";
import { search } from "./search.ts";
import type { Problem, Solution, SolveOptions } from "./types.ts";

/** Rejects malformed problems early with a message that names the culprit. */
export function validateProblem(problem: Problem): void {
  const size = problem.matrix.distance.length;
  if (problem.matrix.duration.length !== size) {
    throw new Error("matrix: distance and duration must have the same size");
  }
  for (const row of [...problem.matrix.distance, ...problem.matrix.duration]) {
    if (row.length !== size) throw new Error("matrix: rows must be square");
  }
  const inRange = (loc: number): boolean => Number.isInteger(loc) && loc >= 0 && loc < size;
  const vehIds = new Set<string>();
  for (const v of problem.vehicles) {
    if (vehIds.has(v.id)) throw new Error(`duplicate vehicle id ${v.id}`);
    vehIds.add(v.id);
    if (!inRange(v.startLocation) || !inRange(v.endLocation)) {
      throw new Error(`vehicle ${v.id}: location outside the matrix`);
    }
    if (v.shift.end < v.shift.start) throw new Error(`vehicle ${v.id}: shift ends before start`);
  }
  const taskIds = new Set<string>();
  for (const j of problem.jobs) {
    if (taskIds.has(j.id)) throw new Error(`duplicate job id ${j.id}`);
    taskIds.add(j.id);
    if (!inRange(j.location)) throw new Error(`job ${j.id}: location outside the matrix`);
    if (j.lock && !vehIds.has(j.lock.vehicleId)) {
      throw new Error(`job ${j.id}: locked to unknown vehicle ${j.lock.vehicleId}`);
    }
  }
  for (const v of problem.vehicles) {
    for (const b of v.breaks ?? []) {
      if (taskIds.has(b.id)) throw new Error(`break id ${b.id} clashes with another id`);
      taskIds.add(b.id);
    }
  }
}

/**
 * Plans routes: serves every mandatory job that can be served, collects optional jobs whose prize
 * outweighs their detour, and minimises travel cost (or vehicles, then cost). Deterministic for a
 * given seed when stopped by `maxIterations`; under a time limit it returns the best plan found.
 */
export function solve(problem: Problem, options: SolveOptions): Solution {
  validateProblem(problem);
  const started = performance.now();
  const inst = buildInstance(problem);
  const remaining = Math.max(0, options.timeLimitMs - (performance.now() - started));
  const result = search(inst, {
    timeLimitMs: remaining,
    seed: options.seed ?? 1,
    objective: options.objective ?? "distance",
    ...(options.maxIterations !== undefined ? { maxIterations: options.maxIterations } : {}),
  });
  const summary = describeRoutes(inst, result.best);
  return {
    routes: summary.routes,
    unassigned: explainUnassigned(inst, result.best),
    distance: summary.distance,
    duration: summary.duration,
    cost: result.best.totalCost(),
    prizeCollected: summary.prizeCollected,
    vehicles: summary.routes.length,
    iterations: result.iterations,
    elapsedMs: performance.now() - started,
  };
}
