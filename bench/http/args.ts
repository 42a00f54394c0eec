import { type DatabaseArgs, parseBenchArgs } from "../args.ts";

export type HttpArgs = DatabaseArgs & {
  rows: number;
  duration: number;
  rounds: number;
  connections: number[];
};

export const HTTP_USAGE = `npm run bench -- http [options]
  --rows N            customers in each database (default 20000)
  --pg-url URL        PostgreSQL server (default postgres://postgres@127.0.0.1:5432)
  --pg-database NAME  bench database, re-used when it holds --rows customers (default rapport_bench_http)
  --duration S        seconds per autocannon run (default 3)
  --rounds N          Rapport/bare pairs per connection count, alternating order (default 6)
  --only postgres|pglite
  --no-write          print the section instead of writing bench/RESULTS.md`;

export function parseHttpArgs(argv: string[]): HttpArgs {
  const { database, numbers } = parseBenchArgs(argv, {
    usage: HTTP_USAGE,
    pgDatabase: "rapport_bench_http",
    numbers: { rows: 20_000, duration: 3, rounds: 6 },
  });
  return { ...database, ...numbers, connections: [1, 10] };
}
