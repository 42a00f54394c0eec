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

export async function markApiTokenUsed(ex: Executor, id: string): Promise<void> {
  await ex.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, id));
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
