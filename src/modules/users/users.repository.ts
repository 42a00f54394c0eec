import { and, asc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { users } from "../../db/schema/users.ts";

export type UserRow = typeof users.$inferSelect;
export type UserInsert = typeof users.$inferInsert;
export type UserUpdate = Partial<Omit<UserInsert, "id" | "createdAt" | "version">>;

export async function findActiveUser(ex: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await ex
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)));
  return row;
}

export async function findUser(
  ex: Executor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<UserRow | undefined> {
  const q = ex.select().from(users).where(eq(users.id, id));
  const [row] = opts.forUpdate ? await q.for("update") : await q;
  return row;
}

export async function findUserByEmail(ex: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await ex
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function insertUser(ex: Executor, values: UserInsert): Promise<UserRow> {
  const [row] = await ex.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(ex: Executor, id: string, values: UserUpdate): Promise<UserRow> {
  const [row] = await ex
    .update(users)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${users.version} + 1` })
    .where(eq(users.id, id))
    .returning();
  return row!;
}

export async function listUsers(
  ex: Executor,
  f: { teamId?: string; ids?: string[]; afterEmail?: string; limit: number },
): Promise<UserRow[]> {
  const conds: (SQL | undefined)[] = [];
  if (f.teamId) conds.push(eq(users.teamId, f.teamId));
  if (f.ids) conds.push(inArray(users.id, f.ids));
  if (f.afterEmail) conds.push(gt(sql`lower(${users.email})`, f.afterEmail));
  return ex
    .select()
    .from(users)
    .where(and(...conds))
    .orderBy(asc(sql`lower(${users.email})`))
    .limit(f.limit);
}

export async function countUsers(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}
