import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { parseJsonProblem } from "../../domain/planner/json-format.ts";
import { parseSolomon, solomonToProblem } from "../../domain/planner/solomon.ts";
import { solve } from "../../domain/planner/solve.ts";
import type { Objective, Problem } from "../../domain/planner/types.ts";
import { type CliContext, runsInCliProcess } from "../context.ts";
import { fail } from "../io.ts";

type Format = "solomon" | "json";

interface SolveCliOptions {
  format?: Format;
  timeLimit: number;
  seed: number;
  objective: Objective;
  maxIterations?: number;
}

function parseFormat(value: string): Format {
  if (value !== "solomon" && value !== "json") {
    throw new InvalidArgumentError("Expected solomon or json.");
  }
  return value;
}

function parseObjective(value: string): Objective {
  if (value !== "distance" && value !== "vehicles-first") {
    throw new InvalidArgumentError("Expected distance or vehicles-first.");
  }
  return value;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("Expected seconds > 0.");
  return n;
}

function parseSeed(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("Expected a whole number ≥ 0.");
  return Number(value);
}

export function guessFormat(file: string): Format {
  return extname(file).toLowerCase() === ".json" ? "json" : "solomon";
}

/** Loads a problem; `idOf` maps planner ids back to what the file used (numbers stay numbers). */
function load(
  text: string,
  format: Format,
): { problem: Problem; idOf: (id: string) => string | number } {
  if (format === "solomon") {
    return { problem: solomonToProblem(parseSolomon(text)), idOf: (id) => Number(id) };
  }
  const { problem, originalIds } = parseJsonProblem(text);
  return { problem, idOf: (id) => originalIds.get(id) ?? id };
}

export function registerSolve(program: Command, ctx: CliContext) {
  // CPU-bound and file-reading: never handed to a running server.
  runsInCliProcess(program.command("solve"))
    .description("Plan routes for a problem file and print the solution as JSON")
    .argument("<file>", "problem file (Solomon .txt or Rapport JSON)")
    .option("--format <format>", "solomon or json (default: from the file extension)", parseFormat)
    .option("--time-limit <seconds>", "search time", parseSeconds, 10)
    .option("--seed <n>", "random seed", parseSeed, 1)
    .option(
      "--max-iterations <n>",
      "stop after n iterations (with the same seed, the same plan every time)",
      parseSeed,
    )
    .option("--objective <objective>", "distance or vehicles-first", parseObjective, "distance")
    .action(async (file: string, opts: SolveCliOptions) => {
      let loaded: ReturnType<typeof load>;
      try {
        loaded = load(await readFile(file, "utf8"), opts.format ?? guessFormat(file));
      } catch (err) {
        fail(`solve: ${(err as Error).message}`);
      }
      const { problem, idOf } = loaded;
      const sol = solve(problem, {
        timeLimitMs: opts.timeLimit * 1000,
        seed: opts.seed,
        objective: opts.objective,
        ...(opts.maxIterations !== undefined ? { maxIterations: opts.maxIterations } : {}),
      });
      const out = {
        routes: sol.routes.map((r) =>
          r.stops.filter((s) => s.kind === "job").map((s) => idOf(s.jobId)),
        ),
        distance: sol.distance,
        duration: sol.duration,
        vehicles: sol.vehicles,
        unassigned: sol.unassigned.map((u) => ({ id: idOf(u.jobId), reason: u.reason })),
      };
      ctx.io.stdout.write(`${JSON.stringify(out)}\n`);
    });
}
