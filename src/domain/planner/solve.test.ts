import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSolution } from "./checker.ts";
import { parseSolomon, solomonToProblem } from "./solomon.ts";
import { solve } from "./solve.ts";
import { bruteForceOptimum, randomProblem } from "./testkit.ts";
import type { Problem, Solution } from "./types.ts";

const FAST = { timeLimitMs: 10_000, maxIterations: 300 };

const lostPrize = (problem: Problem, sol: Solution): number => {
  const out = new Set(sol.unassigned.map((u) => u.jobId));
  return problem.jobs.reduce((s, j) => s + (out.has(j.id) ? (j.prize ?? 0) : 0), 0);
};

/** A problem with a known feasible plan: windows are cut around a round-robin schedule. */
function feasibleByConstruction(seed: number, jobs: number, vehicles: number): Problem {
  const base = randomProblem({ jobs, vehicles, seed, horizon: 100_000 });
  const D = base.matrix.distance;
  const times = new Map<number, number>();
  for (let v = 0; v < vehicles; v++) {
    let t = 0;
    let loc = 0;
    for (let j = v; j < jobs; j += vehicles) {
      t += D[loc]![j + 1]!;
      times.set(j, t);
      t += 5;
      loc = j + 1;
    }
  }
  return {
    ...base,
    jobs: base.jobs.map((job, j) => {
      const t = times.get(j)!;
      return { ...job, timeWindows: [{ start: Math.max(0, t - 30), end: t + 30 }] };
    }),
  };
}

describe("solve: properties", () => {
  it("always returns a plan the independent checker accepts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, jobs, vehicles, optionalShare) => {
          const problem = randomProblem({ jobs, vehicles, seed, optionalShare, capacity: 12 });
          const sol = solve(problem, { ...FAST, seed });
          const report = checkSolution(problem, sol);
          expect(report.violations).toEqual([]);
          expect(sol.distance).toBeCloseTo(report.distance, 6);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("stays feasible with breaks, several windows and skills", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 20 }),
        (seed, jobs) => {
          const base = randomProblem({ jobs, vehicles: 3, seed, optionalShare: 0.2, capacity: 15 });
          const problem: Problem = {
            ...base,
            vehicles: base.vehicles.map((v, i) => ({
              ...v,
              breaks:
                i === 2
                  ? []
                  : [
                      {
                        id: `b${i}`,
                        timeWindows: [{ start: 100 + 40 * i, end: 160 + 40 * i }],
                        duration: 20,
                      },
                    ],
            })),
            jobs: base.jobs.map((j, i) => ({
              ...j,
              ...(i % 4 === 1
                ? { timeWindows: [...(j.timeWindows ?? []), { start: 320, end: 360 }] }
                : {}),
              ...(i % 5 === 2 ? { allowedVehicles: ["v1", "v2"] } : {}),
            })),
          };
          const sol = solve(problem, { ...FAST, seed });
          expect(checkSolution(problem, sol).violations).toEqual([]);
          for (const r of sol.routes) {
            if (r.vehicleId !== "v2") expect(r.stops.some((s) => s.kind === "break")).toBe(true);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("never drops a mandatory job when a feasible plan exists", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 3 }),
        (seed, jobs, vehicles) => {
          const problem = feasibleByConstruction(seed, jobs, vehicles);
          const sol = solve(problem, { ...FAST, seed });
          expect(sol.unassigned).toEqual([]);
          expect(checkSolution(problem, sol).feasible).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("keeps locked jobs on their vehicle (and at their pinned time)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
        const base = feasibleByConstruction(seed, 12, 3);
        // Lock every third job to the vehicle that serves it in the constructed plan.
        const problem: Problem = {
          ...base,
          jobs: base.jobs.map((job, j) =>
            j % 3 === 0 ? { ...job, lock: { vehicleId: `v${j % 3}` } } : job,
          ),
        };
        const sol = solve(problem, { ...FAST, seed });
        expect(checkSolution(problem, sol).violations).toEqual([]);
        expect(sol.unassigned).toEqual([]);
        for (const r of sol.routes) {
          for (const s of r.stops) {
            const j = Number(s.jobId.slice(1));
            if (j % 3 === 0) expect(r.vehicleId).toBe("v0");
          }
        }
      }),
      { numRuns: 15 },
    );
  });

  it("places locked jobs first so that their only route still has room", () => {
    // Seeds where inserting locked jobs in random order once left one of them out.
    for (const seed of [918_716, 918_794, 918_823]) {
      const base = feasibleByConstruction(seed, 12, 3);
      const problem: Problem = {
        ...base,
        jobs: base.jobs.map((job, j) =>
          j % 3 === 0 ? { ...job, lock: { vehicleId: "v0" } } : job,
        ),
      };
      const sol = solve(problem, { ...FAST, seed });
      expect(sol.unassigned).toEqual([]);
      expect(checkSolution(problem, sol).violations).toEqual([]);
    }
  });

  it("honours a pinned lock time", () => {
    const base = randomProblem({ jobs: 6, vehicles: 2, seed: 7, windowWidth: 400, horizon: 400 });
    const problem: Problem = {
      ...base,
      jobs: base.jobs.map((j, i) => (i === 0 ? { ...j, lock: { vehicleId: "v1", time: 200 } } : j)),
    };
    const sol = solve(problem, { ...FAST, seed: 1 });
    const stop = sol.routes
      .flatMap((r) => r.stops.map((s) => ({ r, s })))
      .find((x) => x.s.jobId === "j0");
    expect(stop?.r.vehicleId).toBe("v1");
    expect(stop?.s.start).toBe(200);
  });

  it("is deterministic for a given seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
        const problem = randomProblem({ jobs: 15, vehicles: 3, seed, optionalShare: 0.3 });
        const a = solve(problem, { ...FAST, seed });
        const b = solve(problem, { ...FAST, seed });
        expect(a.routes).toEqual(b.routes);
        expect(a.unassigned).toEqual(b.unassigned);
      }),
      { numRuns: 10 },
    );
  });

  it("returns within the time limit (plus generous slack)", () => {
    const problem = randomProblem({ jobs: 60, vehicles: 6, seed: 3 });
    const t0 = performance.now();
    const sol = solve(problem, { timeLimitMs: 300, seed: 1 });
    expect(performance.now() - t0).toBeLessThan(300 + 1500);
    expect(checkSolution(problem, sol).feasible).toBe(true);
  });
});

describe("solve: tiny instances match brute force", () => {
  it("finds the optimum of cost plus lost prizes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 2 }),
        fc.boolean(),
        (seed, jobs, vehicles, withPrizes) => {
          const problem = randomProblem({
            jobs,
            vehicles,
            seed,
            capacity: 8,
            optionalShare: withPrizes ? 0.5 : 0,
            windowWidth: 150,
            horizon: 300,
          });
          const optimum = bruteForceOptimum(problem);
          const sol = solve(problem, { timeLimitMs: 10_000, maxIterations: 1500, seed });
          expect(checkSolution(problem, sol).feasible).toBe(true);
          const mandatoryOut = sol.unassigned.filter(
            (u) => problem.jobs.find((j) => j.id === u.jobId)?.prize === undefined,
          );
          if (Number.isFinite(optimum)) {
            expect(mandatoryOut).toEqual([]);
            expect(sol.distance + lostPrize(problem, sol)).toBeCloseTo(optimum, 6);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("solve: Solomon", () => {
  for (const name of ["C101", "R205"]) {
    it(`solves ${name} feasibly with every customer served in under a second`, () => {
      const text = readFileSync(
        new URL(`../../../bench/data/solomon/${name}.txt`, import.meta.url),
        "utf8",
      );
      const problem = solomonToProblem(parseSolomon(text));
      const sol = solve(problem, { timeLimitMs: 800, seed: 1 });
      const report = checkSolution(problem, sol);
      expect(report.violations).toEqual([]);
      expect(sol.unassigned).toEqual([]);
      expect(sol.vehicles).toBeLessThanOrEqual(problem.vehicles.length);
    });
  }
});
