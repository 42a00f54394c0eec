import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { apiTokens } from "../../db/schema/auth.ts";
import { users } from "../../db/schema/users.ts";

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertApiToken(
  ex: Executor,
  values: {
    userId: string;
    name: string;
    tokenHash: string;
    prefix: string;
    expiresAt: Date | null;
  },
): Promise<ApiTokenRow> {
  const [row] = await ex.insert(apiTokens).values(values).returning();
  return row!;
}

export async function findApiTokenWithUser(ex: Executor, tokenHash: string) {
  const [row] = await ex
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, tokenHash));
  return row;
}

/** Writes a batch of "last used" times, one statement; a time never moves backwards. */
export async function touchApiTokens(ex: Executor, used: [id: string, at: Date][]): Promise<void> {
  const ids = used.map(([id]) => id);
  const times = used.map(([, at]) => at.toISOString());
  await ex.execute(sql`
    update ${apiTokens} set last_used_at = v.at
    from unnest(${sql.param(ids)}::uuid[], ${sql.param(times)}::timestamptz[]) as v(id, at)
    where ${apiTokens.id} = v.id and (${apiTokens.lastUsedAt} is null or ${apiTokens.lastUsedAt} < v.at)`);
}

export async function listApiTokens(ex: Executor, userId: string): Promise<ApiTokenRow[]> {
  return ex
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(ex: Executor, userId: string, id: string): Promise<boolean> {
  const rows = await ex
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** Revokes every live token of a user (deactivation): revoked tokens never work again. */
export async function revokeUserApiTokens(ex: Executor, userId: string): Promise<number> {
  const rows = await ex
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
}
