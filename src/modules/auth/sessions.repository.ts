import { and, eq, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { sessions } from "../../db/schema/auth.ts";
import { users } from "../../db/schema/users.ts";

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

export async function touchSession(ex: Executor, tokenHash: string): Promise<void> {
  await ex
    .update(sessions)
    .set({ lastSeenAt: sql`now()` })
    .where(eq(sessions.tokenHash, tokenHash));
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
