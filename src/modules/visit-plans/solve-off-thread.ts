import { Worker } from "node:worker_threads";
import type { Problem, Solution, SolveOptions } from "../../domain/planner/types.ts";

/**
 * Solves in a worker thread so that a long plan does not stall HTTP requests in the same
 * process. From the sources the worker loads TypeScript through tsx, as the server does.
 */
/** Compiled (dist/), the worker body is JavaScript; from the sources it needs tsx's loader. */
const workerEntry = import.meta.url.endsWith(".ts") ? "./solve.worker.mjs" : "./solve.worker.js";

export function solveOffThread(problem: Problem, options: SolveOptions): Promise<Solution> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(workerEntry, import.meta.url), {
      workerData: { problem, options },
    });
    worker.once("message", (s: Solution) => {
      resolve(s);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`planner worker exited with ${code}`));
    });
  });
}
