import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { completeStaleSearch } from "../modules/customers/customer-search.service.ts";
import type { Database } from "./client.ts";
import { queryRows } from "./sql.ts";

export const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));

// Any constant works; it only has to be the same in every Rapport process.
const MIGRATION_LOCK_KEY = 72_617_070;

/**
 * Applies pending migrations with drizzle's programmatic migrator (drizzle-kit's own
 * `migrate` command exits 1 silently on PGlite extensions). On PostgreSQL an advisory
 * lock serialises several processes starting at once. Then customers whose search fields
 * were written under an older composition (or by SQL alone, which cannot compute pinyin) are
 * recomputed by the application.
 */
export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    await completeStaleSearch(database.db);
    return;
  }
  if (!database.pool) throw new Error("PostgreSQL database without a pool");
  const client = await database.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      const locked = drizzle({ client });
      await migrateNodePg(locked, { migrationsFolder });
      // On the client that holds the lock, not the pool: with a pool of one (the test
      // template's builder) a second checkout would wait forever for this one.
      await completeStaleSearch(locked);
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

/** True when every migration shipped with this build has been applied. */
export async function migrationsCurrent(database: Database): Promise<boolean> {
  const shipped = readMigrationFiles({ migrationsFolder });
  const last = shipped.at(-1);
  if (!last) return true;
  try {
    const found = await queryRows(
      database.db,
      sql`select 1 from drizzle.__drizzle_migrations where hash = ${last.hash} limit 1`,
    );
    return found.length > 0;
  } catch {
    return false;
  }
}
