import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { bulkInsertCustomers, type CustomerBulkRow } from "../../src/db/bulk.ts";
import { type Database, openDatabase } from "../../src/db/client.ts";
import { runMigrations } from "../../src/db/migrate.ts";
import { customerSearchFields } from "../../src/domain/text/customer-search.ts";
import { ensureDemoAccounts } from "../../src/modules/demo/demo.repository.ts";
import { DEMO_TEAMS, DEMO_USERS, demoCustomers } from "../../src/modules/demo/demo-data.ts";

const BATCH = 20_000;
const SEED = 20_261_122;

export type Target =
  | { kind: "postgres"; url: string; database: string; reuse: boolean }
  | { kind: "pglite" };

export type LoadedDatabase = {
  database: Database;
  rows: number;
  /** Wall time of the customer load (rows + index builds + ANALYZE); 0 when reused. */
  loadMs: number;
  reused: boolean;
  /** Removes what the bench created on disk (the PGlite temp dir). */
  cleanup(): Promise<void>;
};

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function recreatePostgres(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

async function customerCount(database: Database): Promise<number> {
  try {
    const { rows } = await database.query<{ n: number }>(
      "select count(*)::int as n from customers",
    );
    return rows[0]?.n ?? 0;
  } catch {
    return -1;
  }
}

export async function openTarget(target: Target, rows: number, log: (s: string) => void) {
  let dir: string | null = null;
  let database: Database;
  if (target.kind === "postgres") {
    const url = withDatabase(target.url, target.database);
    if (target.reuse) {
      try {
        database = await openDatabase({ kind: "postgres", url });
        if ((await customerCount(database)) === rows) {
          log(`reusing ${target.database} with ${rows} customers`);
          // Migrations added since the load (new tables, columns) still have to apply.
          await runMigrations(database);
          await database.query("analyze");
          const reused: LoadedDatabase = {
            database,
            rows,
            loadMs: 0,
            reused: true,
            cleanup: async () => {},
          };
          return reused;
        }
        await database.close();
      } catch {
        // No usable database: fall through to a fresh load.
      }
    }
    await recreatePostgres(target.url, target.database);
    database = await openDatabase({ kind: "postgres", url });
  } else {
    dir = await mkdtemp(join(tmpdir(), "rapport-bench-pglite-"));
    database = await openDatabase({ kind: "pglite", dataDir: dir });
  }
  await runMigrations(database);
  const started = performance.now();
  await loadCustomers(database, rows, log);
  const loadMs = performance.now() - started;
  const tempDir = dir;
  const loaded: LoadedDatabase = {
    database,
    rows,
    loadMs,
    reused: false,
    cleanup: async () => {
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    },
  };
  return loaded;
}

/**
 * Secondary indexes of `customers`, as PostgreSQL itself would re-create them. Building
 * them once after the load is several times faster than maintaining them row by row
 * (the trigram GIN index above all), and re-creating from pg_get_indexdef keeps the
 * exact definitions the migrations made.
 */
async function secondaryIndexes(database: Database): Promise<{ name: string; def: string }[]> {
  const { rows } = await database.query<{ name: string; def: string }>(`
    select i.relname as name, pg_get_indexdef(i.oid) as def
    from pg_index x join pg_class i on i.oid = x.indexrelid
    where x.indrelid = 'customers'::regclass
      and not exists (select 1 from pg_constraint c where c.conindid = i.oid)
    order by i.relname`);
  return rows;
}

/**
 * The gram table's constraints (primary key, foreign key to customers), as PostgreSQL would
 * re-create them. The trigger adds about a dozen gram rows per customer; maintaining a
 * ten-million-entry btree and checking the foreign key row by row during the load is several
 * times slower than building and validating them once at the end.
 */
async function gramConstraints(database: Database): Promise<{ name: string; def: string }[]> {
  const { rows } = await database.query<{ name: string; def: string }>(`
    select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
    where conrelid = 'customer_grams'::regclass and contype in ('p', 'f')
    order by contype desc`);
  return rows;
}

async function gramIndexes(database: Database): Promise<{ name: string; def: string }[]> {
  const { rows } = await database.query<{ name: string; def: string }>(`
    select i.relname as name, pg_get_indexdef(i.oid) as def
    from pg_index x join pg_class i on i.oid = x.indexrelid
    where x.indrelid = 'customer_grams'::regclass
      and not exists (select 1 from pg_constraint c where c.conindid = i.oid)`);
  return rows;
}

async function inOneSession(
  database: Database,
  work: (query: (text: string) => Promise<unknown>) => Promise<void>,
): Promise<void> {
  if (!database.pool) return work((text) => database.query(text));
  const client = await database.pool.connect();
  try {
    await work((text) => client.query(text));
  } finally {
    client.release();
  }
}

function toBulkRows(count: number, offset: number, owners: Map<string, string>) {
  return demoCustomers(count, SEED, offset).map((c): CustomerBulkRow => {
    const { contacts, ownerEmail, visitMinDays: _min, visitMaxDays: _max, ...rest } = c;
    return {
      ...rest,
      id: randomUUID(),
      ownerId: owners.get(ownerEmail) ?? null,
      // The contacts are not loaded (no endpoint under test reads them), but their names,
      // e-mails and phones are in the search text as the application would write them.
      ...customerSearchFields({ ...c, contacts }),
    };
  });
}

/**
 * Customers only (contacts are not read by the endpoints under test): demo users first for
 * the owner foreign key, then batches of unnest inserts with the indexes dropped.
 */
async function loadCustomers(database: Database, rows: number, log: (s: string) => void) {
  const owners = await database.db.transaction((tx) =>
    ensureDemoAccounts(tx, DEMO_TEAMS, DEMO_USERS),
  );
  const indexes = [...(await secondaryIndexes(database)), ...(await gramIndexes(database))];
  const constraints = await gramConstraints(database);
  for (const ix of indexes) await database.query(`drop index ${ix.name}`);
  for (const c of constraints) {
    await database.query(`alter table customer_grams drop constraint ${c.name}`);
  }

  let t = performance.now();
  let next = toBulkRows(Math.min(BATCH, rows), 0, owners);
  for (let start = 0; start < rows; start += BATCH) {
    const batch = next;
    const insert = database.db.transaction((tx) => bulkInsertCustomers(tx, batch));
    // Generate the next batch while PostgreSQL is busy with this one.
    const following = start + BATCH;
    if (following < rows) next = toBulkRows(Math.min(BATCH, rows - following), following, owners);
    await insert;
    const done = Math.min(following, rows);
    if (done % 100_000 === 0 || done === rows) log(`  ${done} rows`);
  }
  log(`  rows inserted in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  t = performance.now();
  await inOneSession(database, async (query) => {
    // A session setting, so the builds must share the session that set it.
    await query(`set maintenance_work_mem = '${database.pool ? "512MB" : "256MB"}'`);
    for (const ix of indexes) await query(ix.def);
    // Primary key first (the order they were read in), then the foreign key, validated once.
    for (const c of constraints) {
      await query(`alter table customer_grams add constraint ${c.name} ${c.def}`);
    }
  });
  log(
    `  ${indexes.length} indexes and ${constraints.length} gram constraints built in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  t = performance.now();
  await database.query("vacuum analyze customers");
  await database.query("vacuum analyze customer_grams");
  log(`  vacuum analyze in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
