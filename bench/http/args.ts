export type HttpArgs = {
  rows: number;
  pgUrl: string;
  pgDatabase: string;
  duration: number;
  rounds: number;
  connections: number[];
  targets: ("postgres" | "pglite")[];
  write: boolean;
};

export const HTTP_USAGE = `npm run bench -- http [options]
  --rows N            customers in each database (default 20000)
  --pg-url URL        PostgreSQL server (default postgres://postgres@127.0.0.1:5432)
  --pg-database NAME  bench database, re-used when it holds --rows customers (default rapport_bench_http)
  --duration S        seconds per autocannon run (default 3)
  --rounds N          Rapport/bare pairs per connection count, alternating order (default 6)
  --only postgres|pglite
  --no-write          print the section instead of writing bench/RESULTS.md`;

function positive(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a positive integer`);
  return n;
}

export function parseHttpArgs(argv: string[]): HttpArgs {
  const out: HttpArgs = {
    rows: 20_000,
    pgUrl: "postgres://postgres@127.0.0.1:5432",
    pgDatabase: "rapport_bench_http",
    duration: 3,
    rounds: 6,
    connections: [1, 10],
    targets: ["postgres", "pglite"],
    write: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    switch (flag) {
      case "--rows":
        out.rows = positive(flag, value());
        break;
      case "--pg-url":
        out.pgUrl = value() ?? out.pgUrl;
        break;
      case "--pg-database": {
        const name = value() ?? "";
        // Spliced into DROP/CREATE DATABASE: plain identifiers only.
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error("--pg-database: plain identifier");
        out.pgDatabase = name;
        break;
      }
      case "--duration":
        out.duration = positive(flag, value());
        break;
      case "--rounds":
        out.rounds = positive(flag, value());
        break;
      case "--only": {
        const t = value();
        if (t !== "postgres" && t !== "pglite") throw new Error("--only postgres|pglite");
        out.targets = [t];
        break;
      }
      case "--no-write":
        out.write = false;
        break;
      default:
        throw new Error(`Unknown option ${flag}\n${HTTP_USAGE}`);
    }
  }
  return out;
}
