import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CannonJob, CannonOutcome } from "./cannon-child.ts";

const CHILD = fileURLToPath(new URL("./cannon-child.ts", import.meta.url));

/** Runs one autocannon case in a child process and returns its latency and throughput. */
export function timeHttp(job: CannonJob): Promise<CannonOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, JSON.stringify(job)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.trim().split("\n").at(-1);
      if (code !== 0 || !line) {
        reject(new Error(`autocannon child exited ${code}: ${err.trim()}`));
        return;
      }
      // A case with no completed response (every query slower than the run) has no
      // percentiles: JSON carries NaN as null, and NaN reads as "no figure" downstream.
      const parsed = JSON.parse(line, (_k, v: unknown) => (v === null ? Number.NaN : v));
      resolve(parsed as CannonOutcome);
    });
  });
}
