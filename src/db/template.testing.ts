import pg from "pg";
import { openDatabase } from "./client.ts";
import { runMigrations } from "./migrate.ts";
import { migrationsHash } from "./snapshot.testing.ts";

/**
 * On PostgreSQL each test file gets a new database copied from a migrated template
 * (`CREATE DATABASE … TEMPLATE`) instead of migrating an empty one. The template's name
 * carries the migrations' hash, so a changed migration builds a new template; test/setup
 * builds it before the workers start, and any process that finds it missing builds it.
 */

// Serialises template builds across processes; any constant, the same in every test process.
const TEMPLATE_LOCK_KEY = 72_617_071;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function ensureTemplate(admin: pg.Client, url: string, name: string): Promise<void> {
  await admin.query("select pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
  try {
    const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount) return;
    // Built under another name and renamed when complete: a process killed mid-build leaves
    // no half-migrated template behind, only a scratch database the next builder drops.
    const leftovers = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'rapport\\_tpl\\_%\\_building'",
    );
    for (const { datname } of leftovers.rows) {
      await admin.query(`drop database if exists ${datname} with (force)`);
    }
    const building = `${name}_building`;
    await admin.query(`create database ${building}`);
    const database = await openDatabase({
      kind: "postgres",
      url: withDatabase(url, building),
      poolSize: 1,
    });
    try {
      await runMigrations(database);
    } finally {
      await database.close();
    }
    await admin.query(`alter database ${building} rename to ${name}`);
  } finally {
    await admin.query("select pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]);
  }
}

/** Creates database `name` on the server at `url`, migrated, from the current template. */
export async function createMigratedDatabase(url: string, name: string): Promise<void> {
  const template = `rapport_tpl_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await ensureTemplate(admin, url, template);
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
}

/** Builds the template if there is none for the current migrations (test/setup). */
export async function ensureMigratedTemplate(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await ensureTemplate(admin, url, `rapport_tpl_${migrationsHash()}`);
  } finally {
    await admin.end();
  }
}
