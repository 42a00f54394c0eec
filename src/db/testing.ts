import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Config, loadConfig } from "../config.ts";
import { type Database, openDatabase } from "./client.ts";
import { runMigrations } from "./migrate.ts";
import { migratedSnapshot } from "./snapshot.testing.ts";
import { createMigratedDatabase } from "./template.testing.ts";

/**
 * A fresh, migrated database for one test file: an in-memory PGlite started from the
 * migrated snapshot (snapshot.testing.ts), or — when the suite runs with DATABASE_URL — a
 * new database on that PostgreSQL server, copied from a migrated template
 * (template.testing.ts) and dropped afterwards, so parallel test files never see each
 * other's rows.
 */
export async function openTestDatabase(): Promise<{
  database: Database;
  config: Config;
  dispose(): Promise<void>;
}> {
  // Uploaded files go to a directory of this test file's own, removed with its database.
  const filesDir = mkdtempSync(join(tmpdir(), "rapport-files-"));
  const removeFiles = () => rmSync(filesDir, { recursive: true, force: true });
  const base = loadConfig({
    ...process.env,
    LOG_LEVEL: "silent",
    PORT: "0",
    FILES_DIR: filesDir,
  });
  if (!base.databaseUrl) {
    const snapshot = await migratedSnapshot();
    const database = await openDatabase({ kind: "pglite", dataDir: null, snapshot });
    // Nothing to apply on a current snapshot; kept so the database is migrated however made.
    await runMigrations(database);
    return {
      database,
      config: base,
      async dispose() {
        await database.close();
        removeFiles();
      },
    };
  }
  const name = `rapport_t_${randomBytes(6).toString("hex")}`;
  await createMigratedDatabase(base.databaseUrl, name);
  const url = new URL(base.databaseUrl);
  url.pathname = `/${name}`;
  const config = { ...base, databaseUrl: url.toString() };
  const database = await openDatabase({ kind: "postgres", url: config.databaseUrl, poolSize: 5 });
  await runMigrations(database); // as above: nothing to apply on a current template

  return {
    database,
    config,
    async dispose() {
      await database.close();
      const c = new pg.Client({ connectionString: base.databaseUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      removeFiles();
    },
  };
}

/** The tables that hold data a request could change (not credentials' last use, not counters). */
export const DATA_TABLES = [
  "customers",
  "customer_grams",
  "contacts",
  "audit_events",
  "idempotency_keys",
  "users",
  "teams",
  "communications",
  "needs",
  "need_types",
  "need_status_changes",
  "need_links",
  "follow_ups",
  "notifications",
  "strategies",
  "visits",
  "visit_photos",
  "visit_plans",
  "calendar_feeds",
] as const;

/**
 * A digest of every row of the tables a request could touch. Equal digests before and
 * after a rejected request prove it changed nothing, byte for byte.
 */
export async function dataDigest(database: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of DATA_TABLES) {
    const res = await database.query<{ d: string | null; n: number }>(
      `select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as d, count(*)::int as n from ${t} x`,
    );
    out[t] = `${res.rows[0]?.n}:${res.rows[0]?.d}`;
  }
  return out;
}
