import { migratedSnapshot } from "../../src/db/snapshot.testing.ts";
import { ensureMigratedTemplate } from "../../src/db/template.testing.ts";

/**
 * Vitest global setup: builds the migrated database every test file's database is copied
 * from — the PGlite snapshot (src/db/snapshot.testing.ts) or, with DATABASE_URL, the
 * PostgreSQL template (src/db/template.testing.ts) — once, before the workers start.
 * Instant when the one for the current migrations exists.
 */
export default async function setup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) await ensureMigratedTemplate(url);
  else await migratedSnapshot();
}
