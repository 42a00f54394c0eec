// Worker-thread entry: runs the CPU-bound planner off the server's event loop.
import { parentPort, workerData } from "node:worker_threads";
import { solve } from "../../domain/planner/solve.ts";
import type { Problem, SolveOptions } from "../../domain/planner/types.ts";

const { problem, options } = workerData as { problem: Problem; options: SolveOptions };
parentPort?.postMessage(solve(problem, options));
