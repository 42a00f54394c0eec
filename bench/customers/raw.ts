import type { Database } from "../../src/db/client.ts";
import { type Percentiles, percentiles } from "./stats.ts";

const WARMUP_RUNS = 50;
const WARMUP_MS = 2_000;
const MIN_SAMPLES = 5;
const BUDGET_MS = 8_000;

export type CapturedQuery = {
  text: string;
  params: unknown[];
  /** Queries the endpoint ran before the list query in the same request (e.g. gram probes). */
  pre?: { text: string; params: unknown[] }[];
};

/**
 * Runs the endpoint's SQL straight through the driver, one execution at a time, so the
 * figures are the database's share of a request with no HTTP, validation or JSON work.
 * `variants` rotate parameters (point reads hit different rows, like the HTTP run).
 */
export async function timeRaw(
  database: Database,
  variants: CapturedQuery[],
  iterations: number,
): Promise<Percentiles> {
  // Budgets in time as well as in count: a pathological plan (seconds per query) must not
  // stretch one case to many minutes; fewer samples are reported as n in the table.
  let started = performance.now();
  for (let i = 0; i < WARMUP_RUNS && performance.now() - started < WARMUP_MS; i++) {
    const q = variants[i % variants.length]!;
    for (const p of q.pre ?? []) await database.query(p.text, p.params);
    await database.query(q.text, q.params);
  }
  const samples: number[] = [];
  started = performance.now();
  for (let i = 0; i < iterations; i++) {
    if (samples.length >= MIN_SAMPLES && performance.now() - started > BUDGET_MS) break;
    const q = variants[i % variants.length]!;
    const t = performance.now();
    for (const p of q.pre ?? []) await database.query(p.text, p.params);
    await database.query(q.text, q.params);
    samples.push(performance.now() - t);
  }
  return percentiles(samples);
}
