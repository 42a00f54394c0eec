import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSolution } from "./checker.ts";
import { buildInstance } from "./instance.ts";
import { describeRoutes, explainUnassigned } from "./output.ts";
import { search } from "./search.ts";
import { randomProblem } from "./testkit.ts";

describe("local search moves inside the annealing", () => {
  for (const swap of [false, true]) {
    it(`keeps plans feasible with 2-opt*${swap ? " and swap" : ""}`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 1e6 }),
          fc.integer({ min: 5, max: 40 }),
          (seed, jobs) => {
            const problem = randomProblem({
              jobs,
              vehicles: 4,
              seed,
              capacity: 15,
              windowWidth: 80,
            });
            const inst = buildInstance(problem);
            const { best, iterations } = search(inst, {
              timeLimitMs: 10_000,
              maxIterations: 200,
              seed,
              objective: "distance",
              sisr: { tailExchange: true, swap },
            });
            const summary = describeRoutes(inst, best);
            const report = checkSolution(problem, {
              ...summary,
              unassigned: explainUnassigned(inst, best),
              cost: best.totalCost(),
              vehicles: summary.routes.length,
              iterations,
              elapsedMs: 0,
            });
            expect(report.violations).toEqual([]);
            expect(summary.distance).toBeCloseTo(best.totalCost(), 6);
          },
        ),
        { numRuns: 25 },
      );
    });
  }
});
