import { eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { rateLimits } from "../../db/schema/auth.ts";
import { queryRows } from "../../db/sql.ts";

export type Counter = { key: string; count: number; windowStart: Date };

/** Current counters for the keys (windows already over count as zero). */
export async function readCounters(
  ex: Executor,
  keys: string[],
  windowMinutes: number,
): Promise<Counter[]> {
  return ex
    .select()
    .from(rateLimits)
    .where(
      sql`${inArray(rateLimits.key, keys)} and ${rateLimits.windowStart} > now() - make_interval(mins => ${windowMinutes})`,
    );
}

/** Atomically adds one to a fixed-window counter, starting a new window when the old one is over. */
export async function bumpCounter(ex: Executor, key: string, windowMinutes: number): Promise<void> {
  const expired = sql`${rateLimits.windowStart} <= now() - make_interval(mins => ${windowMinutes})`;
  await ex
    .insert(rateLimits)
    .values({ key, windowStart: sql`now()`, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${rateLimits.windowStart} end`,
      },
    });
}

export async function resetCounter(ex: Executor, key: string): Promise<void> {
  await ex.delete(rateLimits).where(eq(rateLimits.key, key));
}

/**
 * Deletes up to `limit` counters whose window started before `windowBefore` (they count as
 * zero already). A counter bumped meanwhile starts a new window and is re-checked by the
 * locking subquery, so it stays.
 */
export async function deleteStaleCounters(
  ex: Executor,
  windowBefore: Date,
  limit: number,
): Promise<number> {
  const rows = await queryRows<{ key: string }>(
    ex,
    sql`delete from ${rateLimits} where ${rateLimits.key} in (
          select key from ${rateLimits}
          where window_start <= ${windowBefore.toISOString()}::timestamptz
          limit ${limit}
          for update skip locked)
        returning ${rateLimits.key}`,
  );
  return rows.length;
}
