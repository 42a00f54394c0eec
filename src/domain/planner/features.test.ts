import { describe, expect, it } from "vitest";
import { checkSolution } from "./checker.ts";
import { parseJsonProblem } from "./json-format.ts";
import { greatCircleMatrix } from "./matrix.ts";
import { solve } from "./solve.ts";
import type { Problem } from "./types.ts";

// Five points on a line, 10 apart; location 0 is the depot.
const xs = [0, 10, 20, 30, 40];
const line = xs.map((a) => xs.map((b) => Math.abs(a - b)));
const base: Problem = {
  matrix: { distance: line, duration: line },
  vehicles: [{ id: "v", startLocation: 0, endLocation: 0, shift: { start: 0, end: 1000 } }],
  jobs: [1, 2, 3, 4].map((l) => ({ id: `j${l}`, location: l, service: 10 })),
};
const opts = { timeLimitMs: 5000, maxIterations: 300, seed: 1 };

describe("solve: modelling features", () => {
  it("schedules a break in its window without extra distance", () => {
    const problem: Problem = {
      ...base,
      vehicles: [
        {
          ...base.vehicles[0]!,
          breaks: [{ id: "lunch", timeWindows: [{ start: 30, end: 40 }], duration: 15 }],
        },
      ],
    };
    const sol = solve(problem, opts);
    expect(checkSolution(problem, sol).violations).toEqual([]);
    expect(sol.unassigned).toEqual([]);
    expect(sol.distance).toBe(80);
    const stops = sol.routes[0]!.stops;
    const lunch = stops.find((s) => s.kind === "break")!;
    expect(lunch.start).toBeGreaterThanOrEqual(30);
    expect(lunch.start).toBeLessThanOrEqual(40);
    expect(lunch.departure - lunch.start).toBe(15);
  });

  it("uses the second of several time windows when the first cannot be met", () => {
    const problem: Problem = {
      ...base,
      jobs: [
        ...base.jobs.slice(0, 3),
        {
          id: "j4",
          location: 4,
          service: 10,
          timeWindows: [
            { start: 0, end: 5 },
            { start: 200, end: 210 },
          ],
        },
      ],
    };
    const sol = solve(problem, opts);
    expect(checkSolution(problem, sol).violations).toEqual([]);
    const j4 = sol.routes.flatMap((r) => r.stops).find((s) => s.jobId === "j4")!;
    expect(j4.start).toBeGreaterThanOrEqual(200);
  });

  it("explains why jobs stay unassigned", () => {
    const problem: Problem = {
      ...base,
      vehicles: [{ ...base.vehicles[0]!, capacity: 5, maxStops: 2 }],
      jobs: [
        { id: "late", location: 4, timeWindows: [{ start: 2000, end: 2100 }] },
        { id: "heavy", location: 1, demand: 9 },
        { id: "a", location: 1, demand: 1 },
        { id: "b", location: 2, demand: 1 },
        { id: "c", location: 3, demand: 1 },
        { id: "cheap", location: 4, demand: 0, prize: 1 },
      ],
    };
    const sol = solve(problem, opts);
    expect(checkSolution(problem, sol).violations).toEqual([]);
    const reasons = Object.fromEntries(sol.unassigned.map((u) => [u.jobId, u.reason]));
    expect(reasons.late).toBe("no_feasible_window");
    expect(reasons.heavy).toBe("capacity");
    expect(Object.values(reasons).filter((r) => r === "max_stops")).toHaveLength(2);
    expect(reasons.cheap).toBe("max_stops");
  });

  it("collects an optional job only when its prize beats the detour", () => {
    const mk = (prize: number): Problem => ({
      ...base,
      jobs: [
        { id: "near", location: 1 },
        { id: "far", location: 4, prize },
      ],
    });
    const low = solve(mk(50), opts);
    expect(low.unassigned).toEqual([{ jobId: "far", reason: "not_worth_prize" }]);
    const high = solve(mk(70), opts);
    expect(high.unassigned).toEqual([]);
    expect(high.distance).toBe(80);
  });

  it("keeps unused vehicles out of the plan and minimises vehicles first on request", () => {
    const problem: Problem = {
      ...base,
      vehicles: [0, 1, 2].map((i) => ({ ...base.vehicles[0]!, id: `v${i}`, capacity: 2 })),
      jobs: base.jobs.map((j) => ({ ...j, demand: 1 })),
    };
    const sol = solve(problem, { ...opts, objective: "vehicles-first" });
    expect(sol.vehicles).toBe(2);
    expect(checkSolution(problem, sol).feasible).toBe(true);
  });

  it("drops vehicles (and their breaks) in vehicles-first mode", () => {
    const problem: Problem = {
      ...base,
      vehicles: [0, 1, 2].map((i) => ({
        ...base.vehicles[0]!,
        id: `v${i}`,
        capacity: 2,
        breaks: [{ id: `lunch${i}`, timeWindows: [{ start: 0, end: 500 }], duration: 30 }],
      })),
      jobs: base.jobs.map((j) => ({ ...j, demand: 1 })),
    };
    const sol = solve(problem, { ...opts, objective: "vehicles-first" });
    expect(sol.vehicles).toBe(2);
    expect(sol.unassigned).toEqual([]);
    expect(checkSolution(problem, sol).violations).toEqual([]);
  });

  it("builds matrices from coordinates (great circle × circuity ÷ speed)", () => {
    const m = greatCircleMatrix(
      [
        { lat: 0, lon: 0 },
        { lat: 1, lon: 0 },
      ],
      { circuity: 1.5, speedMps: 10 },
    );
    expect(m.distance[0]![1]! / 1000).toBeCloseTo(111.19 * 1.5, 0);
    expect(m.duration[0]![1]).toBeCloseTo(m.distance[0]![1]! / 10, 9);
    expect(m.distance[1]![1]).toBe(0);
  });

  it("parses the JSON problem format and rejects invalid input", () => {
    const { problem, originalIds } = parseJsonProblem(
      JSON.stringify({
        locations: [
          { lat: 48.1, lon: 11.5 },
          { lat: 48.2, lon: 11.6 },
        ],
        vehicles: [{ id: 7, startLocation: 0, shift: { start: 0, end: 36000 } }],
        jobs: [{ id: 42, location: 1, prize: 10, lock: { vehicleId: 7 } }],
      }),
    );
    expect(problem.vehicles[0]!.endLocation).toBe(0);
    expect(problem.jobs[0]!.lock?.vehicleId).toBe("7");
    expect(originalIds.get("42")).toBe(42);
    expect(problem.matrix.distance[0]![1]).toBeGreaterThan(10_000);
    expect(() => parseJsonProblem(JSON.stringify({ vehicles: [], jobs: [] }))).toThrow(
      /matrix or locations/,
    );
    expect(() =>
      parseJsonProblem(JSON.stringify({ locations: [], vehicles: [{}], jobs: [] })),
    ).toThrow(/invalid problem/);
  });

  it("rejects malformed problems with a clear message", () => {
    expect(() => solve({ ...base, jobs: [{ id: "x", location: 9 }] }, opts)).toThrow(
      /outside the matrix/,
    );
    expect(() => solve({ ...base, jobs: [...base.jobs, base.jobs[0]!] }, opts)).toThrow(
      /duplicate job/,
    );
  });
});
