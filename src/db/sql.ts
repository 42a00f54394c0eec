import type { SQL } from "drizzle-orm";
import type { Executor } from "./client.ts";

/**
 * Runs raw SQL and returns its rows. Both drivers (node-postgres and PGlite) answer
 * `execute` with an object holding `rows`; drizzle types it loosely, so narrow it here once.
 */
export async function queryRows<T extends Record<string, unknown>>(
  executor: Executor,
  query: SQL,
): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
