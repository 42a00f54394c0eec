import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../db/client.ts";
import { migrationsFolder, runMigrations } from "../../db/migrate.ts";
import { CUSTOMER_SEARCH_VERSION, nameSortKey } from "../../domain/text/customer-search.ts";

/**
 * Migration 0009 on a database that already holds customers and contacts (written at 0008,
 * when the search text was a generated column of name, e-mail and phone): SQL alone cannot
 * compute pinyin, so the application completes every row as it migrates.
 */
let database: Database;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "rapport-migrations-"));
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((e) => e.tag.startsWith("0008_"));
  journal.entries = journal.entries.slice(0, upTo + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  database = await openDatabase({ kind: "pglite", dataDir: null });
  await migrate(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
});
afterAll(async () => {
  await database?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("migration 0009: search text for existing customers", () => {
  it("backfills pinyin, city, phone digits, contacts, sort key and grams", async () => {
    const q = <T = Record<string, unknown>>(text: string) => database.query<T>(text);
    const [c] = (
      await q<{ id: string }>(`insert into customers (kind, name, city, phone, search_grams)
        values ('company', '博远贸易', 'München', '+86 131 4985 0123', '{博,博远,远,远贸,贸,贸易,易}')
        returning id`)
    ).rows;
    await q(`insert into contacts (customer_id, name, email) values
      ('${c!.id}', '朱静', 'zhu.jing@example.cn'),
      ('${c!.id}', 'Gone Person', 'gone@example.cn')`);
    await q("update contacts set deleted_at = now() where name = 'Gone Person'");

    await runMigrations(database);

    const [row] = (
      await q<{
        search_text: string;
        search_pinyin: string;
        sort_key: string;
        search_version: number;
      }>(
        `select search_text, search_pinyin, sort_key, search_version from customers where id = '${c!.id}'`,
      )
    ).rows;
    const lines = row!.search_text.split("\n");
    for (const l of ["博远贸易", "munchen", "muenchen", "8613149850123"]) {
      expect(lines).toContain(l);
    }
    for (const l of ["朱静", "zhu.jing@example.cn"]) expect(lines).toContain(l);
    expect(row!.search_pinyin.split("\n")).toEqual(["boyuanmaoyi", "bymy", "zhujing", "zj"]);
    expect(row!.search_text).not.toContain("gone");
    expect(row!.sort_key).toBe(nameSortKey("博远贸易"));
    expect(row!.search_version).toBe(CUSTOMER_SEARCH_VERSION);
    const grams = await q<{ gram: string; sort_key: string }>(
      `select gram, sort_key from customer_grams where customer_id = '${c!.id}' order by gram`,
    );
    expect(grams.rows.map((g) => g.gram)).toEqual(
      expect.arrayContaining(["博远", "朱静", "p:bo", "pi:boy", "i:by", "i:zj"]),
    );
    expect(new Set(grams.rows.map((g) => g.sort_key))).toEqual(new Set([row!.sort_key]));
    // A second run finds nothing left to do.
    await runMigrations(database);
    const stale = await q<{ n: number }>(
      "select count(*)::int as n from customers where search_version < 1",
    );
    expect(stale.rows[0]!.n).toBe(0);
  });
});
