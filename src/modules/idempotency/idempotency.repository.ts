import { and, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { idempotencyKeys } from "../../db/schema/idempotency.ts";

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;
type Key = { scope: string; key: string };

/** Claims a key; returns false when a row for it exists already. */
export async function claimKey(
  ex: Executor,
  k: Key & { endpoint: string; requestHash: string; expiresAt: Date },
): Promise<boolean> {
  const rows = await ex
    .insert(idempotencyKeys)
    .values({ ...k, state: "running" })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

export async function findKey(ex: Executor, k: Key): Promise<IdempotencyRow | undefined> {
  const [row] = await ex
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, k.scope), eq(idempotencyKeys.key, k.key)));
  return row;
}

export async function completeKey(
  ex: Executor,
  k: Key & { status: number; body: unknown; headers: Record<string, string> },
): Promise<void> {
  await ex
    .update(idempotencyKeys)
    .set({
      state: "done",
      responseStatus: k.status,
      responseBody: k.body,
      responseHeaders: k.headers,
    })
    .where(and(eq(idempotencyKeys.scope, k.scope), eq(idempotencyKeys.key, k.key)));
}

export async function releaseKey(ex: Executor, k: Key): Promise<void> {
  await ex
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.scope, k.scope),
        eq(idempotencyKeys.key, k.key),
        eq(idempotencyKeys.state, "running"),
      ),
    );
}

/** Takes over a claim left `running` by a crashed process, once it is older than `staleBefore`. */
export async function reclaimStaleKey(
  ex: Executor,
  k: Key & { staleBefore: Date; requestHash: string; expiresAt: Date },
): Promise<boolean> {
  const rows = await ex
    .update(idempotencyKeys)
    .set({ createdAt: sql`now()`, expiresAt: k.expiresAt })
    .where(
      and(
        eq(idempotencyKeys.scope, k.scope),
        eq(idempotencyKeys.key, k.key),
        eq(idempotencyKeys.state, "running"),
        eq(idempotencyKeys.requestHash, k.requestHash),
        lt(idempotencyKeys.createdAt, k.staleBefore),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

/** Removes one key if it has expired; true when it did. */
export async function deleteKeyIfExpired(ex: Executor, k: Key, now: Date): Promise<boolean> {
  const rows = await ex
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.scope, k.scope),
        eq(idempotencyKeys.key, k.key),
        lt(idempotencyKeys.expiresAt, now),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

export async function deleteExpiredKeys(ex: Executor, now: Date): Promise<number> {
  const rows = await ex
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.expiresAt, now))
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}
