import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { type ListenHandlers, listenPglite, listenPostgres, type StopListening } from "./listen.ts";
import { lockDataDir } from "./lock.ts";

/** The one database handle type the repositories see, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A repository runs on the pool or inside a caller's transaction alike. */
export type Executor = Db | Tx;

export type DatabaseTarget =
  | {
      kind: "pglite";
      dataDir: string | null;
      /** In memory only: start from this `dumpDataDir()` tarball instead of an empty cluster. */
      snapshot?: Blob;
    }
  | { kind: "postgres"; url: string; poolSize?: number };

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  /** The node-postgres pool, when on PostgreSQL (migrations need one session). */
  pool: pg.Pool | null;
  /**
   * Raw parameterised SQL straight through the driver, for bulk loads (unnest arrays)
   * and benchmarks. Both drivers serialise JS arrays as PostgreSQL arrays.
   */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** LISTEN for NOTIFY on a channel (a dedicated connection on PostgreSQL; see listen.ts). */
  listen(channel: string, handlers: ListenHandlers): Promise<StopListening>;
  close(): Promise<void>;
};

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle client losing its connection must not crash the process.
    pool.on("error", () => {});
    await pool.query("select 1");
    return postgresDatabase(pool);
  }
  const lock = target.dataDir ? lockDataDir(target.dataDir) : null;
  try {
    const client = new PGlite({
      dataDir: target.dataDir ? join(target.dataDir, "pgdata") : undefined,
      loadDataDir: target.dataDir ? undefined : target.snapshot,
      extensions: { pg_trgm },
    });
    await client.waitReady;
    const db = drizzlePglite({ client }) as unknown as Db;
    return {
      db,
      kind: "pglite",
      pool: null,
      async query<T>(text: string, params?: unknown[]) {
        const res = await client.query<T>(text, params);
        return { rows: res.rows };
      },
      listen: (channel, handlers) => listenPglite(client, channel, handlers),
      async close() {
        await client.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** A Database over a node-postgres pool; connects lazily (openDatabase checks it first). */
export function postgresDatabase(pool: pg.Pool): Database {
  const db = drizzleNodePg({ client: pool }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    pool,
    async query<T>(text: string, params?: unknown[]) {
      const res = await pool.query(text, params);
      return { rows: res.rows as T[] };
    },
    listen: async (channel, handlers) => listenPostgres(pool.options, channel, handlers),
    close: () => pool.end(),
  };
}
