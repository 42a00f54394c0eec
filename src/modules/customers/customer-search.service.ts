import type { Db, Executor } from "../../db/client.ts";
import { customerSearchFields } from "../../domain/text/customer-search.ts";
import {
  lockSearchSources,
  staleSearchIds,
  writeSearchFields,
} from "./customer-search.repository.ts";

/**
 * Recomputes the search fields of these customers from their current fields and live
 * contacts. Call it inside the transaction that changed them (a customer's name, city, phone
 * or e-mail; a contact created, changed, deleted or restored), so that search never sees one
 * without the other.
 */
export async function refreshCustomerSearch(ex: Executor, ids: string[]): Promise<void> {
  const sources = await lockSearchSources(ex, ids);
  await writeSearchFields(
    ex,
    [...sources].map(([id, source]) => ({ id, ...customerSearchFields(source) })),
  );
}

/**
 * Brings every customer written under an older search composition (or by plain SQL, such as
 * migration 0009's backfill, which cannot compute pinyin) up to date, in batches that each
 * commit. Runs after the SQL migrations; on a current database it is one index probe.
 */
export async function completeStaleSearch(
  db: Db,
  opts: { batch?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  let done = 0;
  for (;;) {
    const ids = await staleSearchIds(db, opts.batch ?? 500);
    if (ids.length === 0) return done;
    await db.transaction((tx) => refreshCustomerSearch(tx, ids));
    done += ids.length;
    opts.onProgress?.(done);
  }
}
