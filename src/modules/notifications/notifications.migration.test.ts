import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../db/client.ts";
import { migrationsFolder, runMigrations } from "../../db/migrate.ts";

/**
 * Migration 0006/0007 turns notifications written as English text into a kind plus
 * parameters. A database at 0005 is filled with old rows, then migrated to the end.
 */
let database: Database;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "rapport-migrations-"));
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((e) => e.tag.startsWith("0005_"));
  journal.entries = journal.entries.slice(0, upTo + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  database = await openDatabase({ kind: "pglite", dataDir: null });
  await migrate(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
});
afterAll(async () => {
  await database?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("notifications: from English text to kind and parameters", () => {
  it("keeps what old reminders said, as parameters, and other rows' text as it was", async () => {
    const q = (text: string) => database.query<Record<string, string>>(text);
    const [u] = (
      await q("insert into users (email, name, role) values ('a@x', 'A', 'rep') returning id")
    ).rows;
    const [c] = (
      await q("insert into customers (kind, name) values ('company', '上海华联超市') returning id")
    ).rows;
    const [f] = (
      await q(`insert into follow_ups (customer_id, assignee_id, kind, due_at, notes)
        values ('${c!.id}', '${u!.id}', 'visit', '2026-03-02T06:30:00Z', 'Bring the price list')
        returning id`)
    ).rows;
    await q(`insert into notifications (user_id, kind, title, body, follow_up_id, customer_id)
      values ('${u!.id}', 'follow_up_due', 'Follow-up due: 上海华联超市 (old name)', 'Bring the price list',
        '${f!.id}', '${c!.id}'),
      ('${u!.id}', 'announcement', 'Welcome', null, null, null)`);

    await runMigrations(database);

    const rows = (
      await database.query<{ kind: string; params: Record<string, string | null> }>(
        "select kind, params from notifications order by kind",
      )
    ).rows;
    expect(rows).toEqual([
      { kind: "announcement", params: { title: "Welcome", body: null } },
      {
        kind: "follow_up_due",
        params: {
          // The name as the reminder said it, not today's.
          customerName: "上海华联超市 (old name)",
          notes: "Bring the price list",
          dueAt: "2026-03-02T06:30:00.000Z",
          followUpKind: "visit",
        },
      },
    ]);
    const cols = await database.query<{ column_name: string }>(
      "select column_name from information_schema.columns where table_name = 'notifications' and column_name in ('title', 'body')",
    );
    expect(cols.rows).toEqual([]);
  });
});
