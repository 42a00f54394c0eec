import { and, eq, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { sessions } from "../../db/schema/auth.ts";
import { users } from "../../db/schema/users.ts";
import { queryRows } from "../../db/sql.ts";

export type SessionWithUser = {
  tokenHash: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  user: typeof users.$inferSelect;
};

export async function insertSession(
  ex: Executor,
  values: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await ex.insert(sessions).values(values);
}

export async function findSession(
  ex: Executor,
  tokenHash: string,
): Promise<SessionWithUser | undefined> {
  const [row] = await ex
    .select({
      tokenHash: sessions.tokenHash,
      csrfToken: sessions.csrfToken,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: users,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  return row;
}

/**
 * Writes a batch of "last seen" times, one statement. Only ever forwards: the credential
 * trigger (migration 0008) treats any other session update as a change to the credential.
 */
export async function touchSessions(ex: Executor, seen: [tokenHash: string, at: Date][]) {
  const hashes = seen.map(([h]) => h);
  const times = seen.map(([, at]) => at.toISOString());
  await ex.execute(sql`
    update ${sessions} set last_seen_at = v.at
    from unnest(${sql.param(hashes)}::text[], ${sql.param(times)}::timestamptz[]) as v(h, at)
    where ${sessions.tokenHash} = v.h and ${sessions.lastSeenAt} < v.at`);
}

export async function deleteSession(ex: Executor, tokenHash: string): Promise<void> {
  await ex.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user, except optionally the one making the request. */
export async function deleteUserSessions(
  ex: Executor,
  userId: string,
  exceptTokenHash?: string,
): Promise<number> {
  const rows = await ex
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        exceptTokenHash ? ne(sessions.tokenHash, exceptTokenHash) : undefined,
      ),
    )
    .returning({ h: sessions.tokenHash });
  return rows.length;
}

/**
 * Deletes up to `limit` sessions that can no longer sign anyone in: past their absolute end, or
 * unused since `idleBefore`. SKIP LOCKED lets several processes purge at once; the locking
 * subquery re-checks a row touched meanwhile, so a session in use is never taken.
 */
export async function deleteDeadSessions(
  ex: Executor,
  now: Date,
  idleBefore: Date,
  limit: number,
): Promise<number> {
  const rows = await queryRows<{ token_hash: string }>(
    ex,
    sql`delete from ${sessions} where ${sessions.tokenHash} in (
          select token_hash from ${sessions}
          where expires_at <= ${now.toISOString()}::timestamptz
             or last_seen_at < ${idleBefore.toISOString()}::timestamptz
          limit ${limit}
          for update skip locked)
        returning ${sessions.tokenHash}`,
  );
  return rows.length;
}
