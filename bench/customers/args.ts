export type BenchArgs = {
  rows: number;
  pgliteRows: number;
  pgUrl: string;
  pgDatabase: string;
  /** Seconds per autocannon case. */
  duration: number;
  connections: number;
  /** Iterations of the raw driver loop per case (after warm-up). */
  rawIterations: number;
  targets: ("postgres" | "pglite")[];
  /** Keep an already loaded PostgreSQL bench database with the right row count. */
  reuse: boolean;
  /** Write bench/RESULTS.md (off for trial runs with small counts). */
  write: boolean;
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

function positive(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a positive integer`);
  return n;
}

export function parseArgs(argv: string[]): BenchArgs {
  const out: BenchArgs = {
    rows: 1_000_000,
    pgliteRows: -1,
    pgUrl: "postgres://postgres@127.0.0.1:5432",
    pgDatabase: "rapport_bench",
    duration: 5,
    connections: 10,
    rawIterations: 300,
    targets: ["postgres", "pglite"],
    reuse: false,
    write: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    switch (flag) {
      case "--rows":
        out.rows = positive(flag, value());
        break;
      case "--pglite-rows":
        out.pgliteRows = positive(flag, value());
        break;
      case "--pg-url":
        out.pgUrl = value() ?? out.pgUrl;
        break;
      case "--pg-database": {
        const name = value() ?? "";
        // The name is spliced into DROP/CREATE DATABASE, so only plain identifiers pass.
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error("--pg-database: plain identifier");
        out.pgDatabase = name;
        break;
      }
      case "--duration":
        out.duration = positive(flag, value());
        break;
      case "--connections":
        out.connections = positive(flag, value());
        break;
      case "--raw-iterations":
        out.rawIterations = positive(flag, value());
        break;
      case "--only": {
        const t = value();
        if (t !== "postgres" && t !== "pglite") throw new Error("--only postgres|pglite");
        out.targets = [t];
        break;
      }
      case "--reuse":
        out.reuse = true;
        break;
      case "--no-write":
        out.write = false;
        break;
      default:
        throw new Error(`Unknown option ${flag}\n${USAGE}`);
    }
  }
  if (out.pgliteRows < 0) out.pgliteRows = out.rows;
  return out;
}
