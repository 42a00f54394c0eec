import { type DatabaseArgs, parseBenchArgs } from "../args.ts";

export type BenchArgs = DatabaseArgs & {
  rows: number;
  pgliteRows: number;
  /** Seconds per autocannon case. */
  duration: number;
  connections: number;
  /** Iterations of the raw driver loop per case (after warm-up). */
  rawIterations: number;
  /** Keep an already loaded PostgreSQL bench database with the right row count. */
  reuse: boolean;
};

export const USAGE = `npm run bench -- customers [options]
  --rows N            customers loaded into PostgreSQL (default 1000000)
  --pglite-rows N     customers loaded into PGlite (default: same as --rows)
  --pg-url URL        PostgreSQL server (default postgres://postgres@127.0.0.1:5432)
  --pg-database NAME  database dropped and re-created for the bench (default rapport_bench)
  --duration S        seconds per HTTP case (default 5)
  --connections N     autocannon connections for the throughput run (default 10)
  --raw-iterations N  timed driver-level executions per case (default 300)
  --only postgres|pglite
  --reuse             keep the PostgreSQL bench database if it already holds --rows customers
  --no-write          do not touch bench/RESULTS.md`;

export function parseArgs(argv: string[]): BenchArgs {
  const { database, numbers, switches } = parseBenchArgs(argv, {
    usage: USAGE,
    pgDatabase: "rapport_bench",
    numbers: {
      rows: 1_000_000,
      // 0: the same as --rows.
      "pglite-rows": 0,
      duration: 5,
      connections: 10,
      "raw-iterations": 300,
    },
    switches: ["reuse"],
  });
  return {
    ...database,
    rows: numbers.rows,
    pgliteRows: numbers["pglite-rows"] || numbers.rows,
    duration: numbers.duration,
    connections: numbers.connections,
    rawIterations: numbers["raw-iterations"],
    reuse: switches.reuse,
  };
}
