import { readdir, readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg, platform, release } from "node:os";
import { checkSolution } from "../../src/domain/planner/checker.ts";
import { parseSolomon, solomonToProblem } from "../../src/domain/planner/solomon.ts";
import { solve } from "../../src/domain/planner/solve.ts";
import type { Objective } from "../../src/domain/planner/types.ts";
import { scaleProblem } from "./scale.ts";
import {
  type Bks,
  type RunRecord,
  renderDistance,
  renderHierarchical,
  upsertBlock,
} from "./stats.ts";

const DATA = new URL("../data/solomon/", import.meta.url);
const RESULTS = new URL("../RESULTS.md", import.meta.url);

const USAGE = `npm run bench -- vrptw [--time-limit S=1] [--seeds N=3] [--instances C1,R2,RC101,...]
  [--mode distance|vehicles-first|scale] [--hierarchical] [--scale] [--no-write]`;

interface BenchArgs {
  timeLimitS: number;
  seeds: number;
  instances: string[] | undefined;
  mode: Objective | "scale";
  write: boolean;
}

function parseArgs(args: string[]): BenchArgs {
  const out: BenchArgs = {
    timeLimitS: 1,
    seeds: 3,
    instances: undefined,
    mode: "distance",
    write: true,
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = (): string => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--time-limit") out.timeLimitS = Number(next());
    else if (a === "--seeds") out.seeds = Number(next());
    else if (a === "--instances") out.instances = next().toUpperCase().split(",").filter(Boolean);
    else if (a === "--mode") {
      const m = next();
      if (m !== "distance" && m !== "vehicles-first" && m !== "scale")
        throw new Error(`unknown mode ${m}`);
      out.mode = m;
    } else if (a === "--hierarchical") out.mode = "vehicles-first";
    else if (a === "--scale") out.mode = "scale";
    else if (a === "--no-write") out.write = false;
    else if (a === "--help") throw new Error(USAGE);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!(out.timeLimitS > 0) || !(out.seeds >= 1))
    throw new Error("--time-limit and --seeds must be positive");
  return out;
}

async function readBks(file: string): Promise<Map<string, Bks>> {
  const text = await readFile(new URL(file, DATA), "utf8");
  const map = new Map<string, Bks>();
  for (const line of text.trim().split("\n").slice(1)) {
    const [name, vehicles, distance] = line.split(",");
    if (name && vehicles && distance)
      map.set(name, { vehicles: Number(vehicles), distance: Number(distance) });
  }
  return map;
}

function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, Node ${process.version}, ${platform()} ${release()}`;
}

function header(title: string, a: BenchArgs, load: string, extra = ""): string {
  const date = new Date().toISOString().slice(0, 16).replace("T", " ");
  return `### ${title}\n\n${date} UTC · ${machine()} · ${a.timeLimitS} s per run (wall clock) · ${a.seeds} seed(s) (mean over seeds, not best) · single thread · load average during the run ${load}${extra}\n`;
}

/** The machine is shared: record how busy it was, since a time-limited search feels it. */
function loadTracker(): { sample: () => void; summary: () => string } {
  const xs: number[] = [];
  return {
    sample: () => {
      xs.push(loadavg()[0] ?? 0);
    },
    summary: () =>
      xs.length === 0
        ? "n/a"
        : `${(xs.reduce((s, x) => s + x, 0) / xs.length).toFixed(1)} (max ${Math.max(...xs).toFixed(1)}) on ${cpus().length} cores`,
  };
}

async function writeResults(key: string, body: string): Promise<void> {
  const current = await readFile(RESULTS, "utf8").catch(() => "");
  await writeFile(RESULTS, upsertBlock(current, key, body));
}

/** Entry point for `npm run bench -- vrptw [--time-limit S] [--seeds N] [--instances C1,R2]`. */
export async function runVrptwBench(args: string[]): Promise<void> {
  const a = parseArgs(args);
  if (a.mode === "scale") return runScale(a);
  const objective: Objective = a.mode;
  const bks = await readBks(objective === "distance" ? "bks_distance.csv" : "bks_hierarchical.csv");
  const files = (await readdir(DATA)).filter((f) => f.endsWith(".txt")).sort();
  const wanted = (name: string): boolean =>
    a.instances === undefined ||
    a.instances.some(
      (p) => name === p || (name.startsWith(p) && /^\d$/.test(name.charAt(p.length))),
    );
  const runs: RunRecord[] = [];
  const load = loadTracker();
  for (const file of files) {
    const name = file.replace(/\.txt$/, "");
    if (!wanted(name)) continue;
    const problem = solomonToProblem(parseSolomon(await readFile(new URL(file, DATA), "utf8")));
    for (let seed = 1; seed <= a.seeds; seed++) {
      const t0 = performance.now();
      const sol = solve(problem, { timeLimitMs: a.timeLimitS * 1000, seed, objective });
      const ms = performance.now() - t0;
      load.sample();
      const report = checkSolution(problem, sol);
      // Score the checker's recomputed distance, never the solver's own figure.
      runs.push({
        instance: name,
        seed,
        distance: report.distance,
        vehicles: sol.vehicles,
        unassigned: sol.unassigned.length,
        feasible: report.feasible,
        ms,
        iterations: sol.iterations,
      });
      const ref = bks.get(name);
      const gap = ref ? ((report.distance / ref.distance - 1) * 100).toFixed(2) : "?";
      process.stdout.write(
        `${name} seed ${seed}: ${report.distance.toFixed(2)} (${sol.vehicles} veh) gap ${gap}% ${
          report.feasible ? "" : `INFEASIBLE ${report.violations[0]}`
        } ${(ms / 1000).toFixed(2)}s ${sol.iterations} it\n`,
      );
    }
  }
  const subset = a.instances ? ` · instances: ${a.instances.join(",")}` : "";
  const body =
    objective === "distance"
      ? `${header(`Distance objective, ${a.timeLimitS} s`, a, load.summary(), subset)}\nFleet ≤ the instance's vehicle count, all customers mandatory, exact Euclidean distances; compared with \`bks_distance.csv\`.\n\n${renderDistance(runs, bks)}`
      : `${header(`Vehicles first, then distance, ${a.timeLimitS} s`, a, load.summary(), subset)}\nCompared with \`bks_hierarchical.csv\`.\n\n${renderHierarchical(runs, bks)}`;
  process.stdout.write(`\n${body}\n`);
  if (a.write)
    await writeResults(`${objective}-${a.timeLimitS}s${a.instances ? "-subset" : ""}`, body);
}

async function runScale(a: BenchArgs): Promise<void> {
  const lines: string[] = [];
  const load = loadTracker();
  for (let seed = 1; seed <= a.seeds; seed++) {
    const problem = scaleProblem(1000, 20, seed);
    const t0 = performance.now();
    const sol = solve(problem, { timeLimitMs: a.timeLimitS * 1000, seed });
    const ms = performance.now() - t0;
    load.sample();
    const report = checkSolution(problem, sol);
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const line = `| ${seed} | ${(ms / 1000).toFixed(2)} | ${rssMb.toFixed(0)} | ${sol.vehicles} | ${report.distance.toFixed(0)} | ${sol.unassigned.length} | ${report.feasible ? "yes" : "**no**"} | ${sol.iterations} |`;
    process.stdout.write(`${line}\n`);
    lines.push(line);
  }
  const body = `${header("Scale: 1,000 jobs × 20 vehicles (random, time windows, capacity)", a, load.summary())}\n| seed | wall s | peak RSS MB | vehicles | distance | unassigned | feasible | iterations |\n|---|---:|---:|---:|---:|---:|---|---:|\n${lines.join("\n")}`;
  if (a.write) await writeResults(`scale-${a.timeLimitS}s`, body);
}
