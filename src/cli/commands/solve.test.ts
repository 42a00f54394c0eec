import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSolution } from "../../domain/planner/checker.ts";
import { parseSolomon, solomonToProblem } from "../../domain/planner/solomon.ts";
import type { RoutePlan, Solution } from "../../domain/planner/types.ts";
import { localContext } from "../context.ts";
import { runCli } from "../program.ts";
import { memoryIo } from "../testing.ts";
import { guessFormat } from "./solve.ts";

const solomon = `TINY

VEHICLE
NUMBER     CAPACITY
  3          50

CUSTOMER
CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

    0      50         50          0          0        500          0
    1      60         50         10          0        200         10
    2      70         50         10          0        200         10
    3      40         50         20          0        200         10
    7      30         50         20          0        200         10
`;

const json = {
  matrix: {
    distance: [
      [0, 10, 20],
      [10, 0, 10],
      [20, 10, 0],
    ],
    duration: [
      [0, 10, 20],
      [10, 0, 10],
      [20, 10, 0],
    ],
  },
  vehicles: [{ id: "rep-1", startLocation: 0, shift: { start: 0, end: 100 }, capacity: 1 }],
  jobs: [
    { id: 11, location: 1, demand: 1 },
    { id: "far", location: 2, demand: 1, prize: 5 },
  ],
};

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "rapport-solve-"));
  await writeFile(join(dir, "tiny.txt"), solomon);
  await writeFile(join(dir, "p.json"), JSON.stringify(json));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function solveCli(args: string[]) {
  const mem = memoryIo();
  const code = await runCli(["solve", ...args], localContext(mem.io, null));
  return { code, out: mem.out(), err: mem.err() };
}

async function run(args: string[]): Promise<string> {
  const r = await solveCli(args);
  expect(r.code, r.err).toBe(0);
  return r.out;
}

describe("rapport solve", () => {
  it("guesses the format from the extension", () => {
    expect(guessFormat("a/C101.txt")).toBe("solomon");
    expect(guessFormat("plan.JSON")).toBe("json");
  });

  it("prints only the solution JSON for a Solomon file, with customer numbers as ids", async () => {
    const out = await run([join(dir, "tiny.txt"), "--time-limit", "0.2", "--seed", "3"]);
    const sol = JSON.parse(out) as {
      routes: number[][];
      distance: number;
      vehicles: number;
      unassigned: unknown[];
    };
    expect(sol.unassigned).toEqual([]);
    expect(sol.routes.flat().sort((a, b) => a - b)).toEqual([1, 2, 3, 7]);
    // Replay through the independent checker.
    const problem = solomonToProblem(parseSolomon(solomon));
    const routes: RoutePlan[] = sol.routes.map((ids, v) => ({
      vehicleId: `v${v + 1}`,
      stops: ids.map((id) => ({
        jobId: String(id),
        kind: "job",
        location: 0,
        arrival: 0,
        wait: 0,
        start: 0,
        departure: 0,
        load: 0,
      })),
      departure: 0,
      arrival: 0,
      distance: 0,
      duration: 0,
      load: 0,
    }));
    const report = checkSolution(problem, {
      routes,
      unassigned: [],
      distance: sol.distance,
    } as unknown as Solution);
    expect(report.violations.filter((v) => !v.includes("reported distance"))).toEqual([]);
    expect(sol.distance).toBeCloseTo(report.distance, 9);
    expect(sol.distance).toBeCloseTo(80, 9);
    expect(sol.vehicles).toBe(2);
  });

  it("gives the same plan twice with --max-iterations and the same seed", async () => {
    const args = [
      join(dir, "tiny.txt"),
      "--time-limit",
      "5",
      "--seed",
      "9",
      "--max-iterations",
      "50",
    ];
    expect(await run(args)).toBe(await run(args));
  });

  it("solves the JSON format and explains unassigned jobs", async () => {
    const out = await run([join(dir, "p.json"), "--time-limit", "0.2"]);
    const sol = JSON.parse(out);
    expect(sol.routes).toEqual([[11]]);
    expect(sol.distance).toBe(20);
    expect(sol.unassigned).toEqual([{ id: "far", reason: "capacity" }]);
  });

  it("reports an unreadable file on stderr with exit code 1", async () => {
    const r = await solveCli([join(dir, "missing.json")]);
    expect(r.out).toBe("");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^rapport: solve: ENOENT/);
  });
});
