import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client.ts";
import { runMigrations } from "./migrate.ts";

const url = process.env.DATABASE_URL;

/**
 * The migrator holds one pooled client for its advisory lock. Work done after the migrations
 * (completing stale search text) once went through the pool: with a pool of one it waited
 * forever for the client the migrator held, and the test template's builder hung.
 */
describe.skipIf(!url)("runMigrations on PostgreSQL", () => {
  it("finishes with a pool of one connection", async () => {
    const name = `rapport_t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const target = new URL(url as string);
      target.pathname = `/${name}`;
      const database = await openDatabase({
        kind: "postgres",
        url: target.toString(),
        poolSize: 1,
      });
      try {
        const outcome = await Promise.race([
          runMigrations(database).then(() => "migrated"),
          new Promise<string>((resolve) => setTimeout(() => resolve("stuck"), 20_000).unref()),
        ]);
        expect(outcome).toBe("migrated");
        const tables = await database.query<{ n: number }>(
          "select count(*)::int as n from information_schema.tables where table_name = 'customers'",
        );
        expect(tables.rows[0]?.n).toBe(1);
      } finally {
        // A stuck migrator keeps its client: end the pool without waiting for it.
        void database.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
