import { createHash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { openDatabase } from "./client.ts";
import { migrationsFolder, runMigrations } from "./migrate.ts";

/**
 * A migrated, empty PGlite cluster as a `dumpDataDir()` tarball. Every test file gets its own
 * in-memory database; making one from nothing runs initdb and every migration (about four
 * CPU-seconds), starting one from this tarball about one. The tarball is built once per set
 * of migrations and PGlite version — its name is their hash, so a changed migration makes a
 * new one — and kept in the temp directory: test/setup builds it before the test workers
 * start, and a process that finds it missing (a script, a run without the setup) builds it.
 */
const cacheDir = join(tmpdir(), `rapport-test-${process.getuid?.() ?? "user"}`);
const DAY_MS = 86_400_000;

function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory()
        ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`)
        : [`${prefix}${e.name}`],
    );
}

/** A hash of every migration file: a changed migration makes a new snapshot or template. */
export function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const name of filesUnder(migrationsFolder)) {
    hash.update(`\0${name}\0`);
    hash.update(readFileSync(join(migrationsFolder, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

/** The tarball's path: named by the migrations and the PGlite version. */
export function snapshotFile(): string {
  const pglite = join(
    dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite")),
    "..",
  );
  const { version } = JSON.parse(readFileSync(join(pglite, "package.json"), "utf8")) as {
    version: string;
  };
  return join(cacheDir, `pglite-${version}-${migrationsHash()}.tar`);
}

async function build(file: string): Promise<void> {
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  try {
    await runMigrations(database);
    // Flushed to the data files, so a database started from the tarball replays no WAL.
    await database.query("checkpoint");
    // drizzle keeps the driver's client on the handle it made in openDatabase.
    const { $client } = database.db as unknown as { $client: PGlite };
    const tarball = await $client.dumpDataDir("none");
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed: a reader never sees half a tarball, and two processes
    // building at once both write complete files.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, new Uint8Array(await tarball.arrayBuffer()));
    renameSync(partial, file);
  } finally {
    await database.close();
  }
  // Tarballs of earlier migrations (and partial files of killed builds) are dropped after a day.
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    const old =
      path !== file &&
      Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > DAY_MS;
    if (old) rmSync(path, { force: true });
  }
}

let cached: Promise<Blob> | null = null;

/** The migrated cluster's tarball, built first if there is none for these migrations. */
export function migratedSnapshot(): Promise<Blob> {
  cached ??= (async () => {
    const file = snapshotFile();
    try {
      return new Blob([readFileSync(file)]);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    await build(file);
    return new Blob([readFileSync(file)]);
  })();
  return cached;
}
