import { describe, expect, it } from "vitest";
import { checkSolution } from "./checker.ts";
import type { Problem, RoutePlan, Solution } from "./types.ts";

// Depot at 0, jobs on a line: x = 0, 10, 20, 30.
const xs = [0, 10, 20, 30];
const distance = xs.map((a) => xs.map((b) => Math.abs(a - b)));
const problem: Problem = {
  matrix: { distance, duration: distance },
  vehicles: [
    { id: "a", startLocation: 0, endLocation: 0, shift: { start: 0, end: 100 }, capacity: 5 },
    { id: "b", startLocation: 0, endLocation: 0, shift: { start: 0, end: 100 }, maxStops: 1 },
  ],
  jobs: [
    { id: "1", location: 1, timeWindows: [{ start: 0, end: 15 }], service: 2, demand: 2 },
    { id: "2", location: 2, timeWindows: [{ start: 30, end: 40 }], service: 2, demand: 2 },
    { id: "3", location: 3, service: 1, demand: 3, lock: { vehicleId: "b" } },
  ],
};

const route = (vehicleId: string, ids: string[], distance: number): RoutePlan => ({
  vehicleId,
  stops: ids.map((jobId) => ({
    jobId,
    kind: "job" as const,
    location: 0,
    arrival: 0,
    wait: 0,
    start: 0,
    departure: 0,
    load: 0,
  })),
  departure: 0,
  arrival: 0,
  distance,
  duration: distance,
  load: 0,
});

const solution = (routes: RoutePlan[], unassigned: string[] = []): Solution => ({
  routes,
  unassigned: unassigned.map((jobId) => ({ jobId, reason: "no_feasible_window" as const })),
  distance: routes.reduce((s, r) => s + r.distance, 0),
  duration: 0,
  cost: 0,
  prizeCollected: 0,
  vehicles: routes.length,
  iterations: 0,
  elapsedMs: 0,
});

describe("checkSolution", () => {
  it("accepts a feasible plan and recomputes its distance", () => {
    const report = checkSolution(
      problem,
      solution([route("a", ["1", "2"], 40), route("b", ["3"], 60)]),
    );
    expect(report.violations).toEqual([]);
    expect(report.feasible).toBe(true);
    expect(report.distance).toBe(100);
  });

  it("accepts an unassigned job that is declared as such", () => {
    const report = checkSolution(problem, solution([route("a", ["1", "2"], 40)], ["3"]));
    expect(report.feasible).toBe(true);
  });

  it("flags a missed time window (2 before 1 reaches job 1 at 30 > 15)", () => {
    const report = checkSolution(
      problem,
      solution([route("a", ["2", "1"], 40), route("b", ["3"], 60)]),
    );
    expect(report.feasible).toBe(false);
    expect(report.violations.join()).toMatch(/job 1: arrives/);
  });

  it("flags capacity, duplicates, missing jobs, stop limits and locks", () => {
    const over = checkSolution(problem, solution([route("a", ["1", "2", "3"], 60)]));
    expect(over.violations.join()).toMatch(/exceeds capacity/);
    expect(over.violations.join()).toMatch(/locked to b/);
    const dup = checkSolution(
      problem,
      solution([route("a", ["1", "1"], 20), route("b", ["3"], 60)]),
    );
    expect(dup.violations.join()).toMatch(/served twice/);
    expect(dup.violations.join()).toMatch(/job 2 missing/);
    const stops = checkSolution(
      problem,
      solution([route("a", ["3"], 60), route("b", ["1", "2"], 40)]),
    );
    expect(stops.violations.join()).toMatch(/exceed max 1/);
  });

  it("flags a late return and a wrong distance", () => {
    const tight: Problem = {
      ...problem,
      vehicles: [{ ...problem.vehicles[0]!, shift: { start: 0, end: 35 } }, problem.vehicles[1]!],
    };
    const late = checkSolution(
      tight,
      solution([route("a", ["1", "2"], 40), route("b", ["3"], 60)]),
    );
    expect(late.violations.join()).toMatch(/after shift end/);
    const wrong = checkSolution(
      problem,
      solution([route("a", ["1", "2"], 39), route("b", ["3"], 60)]),
    );
    expect(wrong.violations.join()).toMatch(/reported distance/);
  });
});
