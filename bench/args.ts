import { type ParseArgsConfig, parseArgs } from "node:util";

export type Target = "postgres" | "pglite";

/**
 * What every database bench is told: where PostgreSQL is, the database it may drop and
 * re-create there, which targets to run, and whether to write bench/RESULTS.md.
 */
export type DatabaseArgs = {
  pgUrl: string;
  pgDatabase: string;
  targets: Target[];
  write: boolean;
};

type Spec<N extends string, S extends string> = {
  usage: string;
  /** Positive whole-number options with their defaults: `{ rows: 20_000 }` is `--rows N`. */
  numbers: Record<N, number>;
  /** Options without a value: `["reuse"]` is `--reuse`. */
  switches?: readonly S[];
  /** The database dropped and re-created unless `--pg-database` names another. */
  pgDatabase: string;
};

function positive(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive integer`);
  return n;
}

/**
 * A database bench's command line: its own options (numbers and switches) and the shared
 * `--pg-url`, `--pg-database`, `--only postgres|pglite` and `--no-write`. Anything else
 * throws with the usage.
 */
export function parseBenchArgs<N extends string, S extends string = never>(
  argv: string[],
  spec: Spec<N, S>,
): { database: DatabaseArgs; numbers: Record<N, number>; switches: Record<S, boolean> } {
  const options: NonNullable<ParseArgsConfig["options"]> = {
    "pg-url": { type: "string" },
    "pg-database": { type: "string" },
    only: { type: "string" },
    "no-write": { type: "boolean" },
  };
  for (const name of Object.keys(spec.numbers)) options[name] = { type: "string" };
  for (const name of spec.switches ?? []) options[name] = { type: "boolean" };
  let values: Record<string, string | boolean | undefined>;
  try {
    // No option is `multiple`, so no value is an array.
    values = parseArgs({ args: argv, options, strict: true }).values as typeof values;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${spec.usage}`);
  }
  const text = (name: string) => values[name] as string | undefined;

  const numbers = { ...spec.numbers };
  for (const name of Object.keys(numbers) as N[]) {
    const raw = text(name);
    if (raw !== undefined) numbers[name] = positive(name, raw);
  }
  const switches = {} as Record<S, boolean>;
  for (const name of spec.switches ?? []) switches[name] = values[name] === true;

  const pgDatabase = text("pg-database") ?? spec.pgDatabase;
  // The name is spliced into DROP/CREATE DATABASE, so only plain identifiers pass.
  if (!/^[a-z_][a-z0-9_]*$/.test(pgDatabase)) throw new Error("--pg-database: plain identifier");
  const only = text("only");
  if (only !== undefined && only !== "postgres" && only !== "pglite") {
    throw new Error("--only postgres|pglite");
  }
  const database: DatabaseArgs = {
    pgUrl: text("pg-url") ?? "postgres://postgres@127.0.0.1:5432",
    pgDatabase,
    targets: only ? [only] : ["postgres", "pglite"],
    write: values["no-write"] !== true,
  };
  return { database, numbers, switches };
}
