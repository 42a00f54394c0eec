import { and, desc, eq, gte, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { communications, needLinks } from "../../db/schema/timeline.ts";
import { customerWithinScope } from "../../db/scope.ts";
import type { CustomerScope } from "../access/scope.ts";

export type CommunicationRow = typeof communications.$inferSelect;
export type CommunicationInsert = Omit<typeof communications.$inferInsert, "searchVector">;
export type CommunicationUpdate = Partial<
  Omit<CommunicationInsert, "id" | "customerId" | "createdAt" | "version">
>;

const vector = (tokens: string[]) => sql`array_to_tsvector(${sql.param(tokens)}::text[])`;

export async function insertCommunication(
  ex: Executor,
  values: CommunicationInsert,
  tokens: string[],
): Promise<CommunicationRow> {
  const [row] = await ex
    .insert(communications)
    .values({ ...values, searchVector: vector(tokens) })
    .returning();
  return row!;
}

export async function findCommunication(
  ex: Executor,
  scope: CustomerScope,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CommunicationRow | undefined> {
  const q = ex
    .select()
    .from(communications)
    .where(and(eq(communications.id, id), customerWithinScope(scope, communications.customerId)));
  const [row] = opts.forUpdate ? await q.for("update", { of: communications }) : await q;
  return row;
}

/** Callers found the row through `findCommunication` with their scope first. */
export async function updateCommunication(
  ex: Executor,
  id: string,
  values: CommunicationUpdate,
  tokens?: string[],
): Promise<CommunicationRow> {
  const [row] = await ex
    .update(communications)
    .set({
      ...values,
      ...(tokens ? { searchVector: vector(tokens) } : {}),
      updatedAt: sql`now()`,
      version: sql`${communications.version} + 1`,
    })
    .where(eq(communications.id, id))
    .returning();
  return row!;
}

export type CommunicationFilter = {
  customerId?: string;
  channel?: string[];
  authorId?: string;
  needId?: string;
  from?: Date;
  to?: Date;
  tsquery?: string;
  after?: { at: string; id: string };
  limit: number;
};

/** Newest first; keyset on (occurred_at, id). */
export async function listCommunications(
  ex: Executor,
  scope: CustomerScope,
  f: CommunicationFilter,
): Promise<CommunicationRow[]> {
  const conds: (SQL | undefined)[] = [
    customerWithinScope(scope, communications.customerId),
    isNull(communications.deletedAt),
  ];
  if (f.customerId) conds.push(eq(communications.customerId, f.customerId));
  if (f.channel)
    conds.push(inArray(communications.channel, f.channel as CommunicationRow["channel"][]));
  if (f.authorId) conds.push(eq(communications.authorId, f.authorId));
  if (f.needId) conds.push(eq(communications.needId, f.needId));
  if (f.from) conds.push(gte(communications.occurredAt, f.from));
  if (f.to) conds.push(lt(communications.occurredAt, f.to));
  if (f.tsquery) conds.push(sql`${communications.searchVector} @@ ${f.tsquery}::tsquery`);
  if (f.after) {
    conds.push(
      sql`(${communications.occurredAt}, ${communications.id}) < (${f.after.at}::timestamptz, ${f.after.id}::uuid)`,
    );
  }
  return ex
    .select()
    .from(communications)
    .where(and(...conds))
    .orderBy(desc(communications.occurredAt), desc(communications.id))
    .limit(f.limit);
}

export async function linkNeed(
  ex: Executor,
  link: { needId: string; communicationId: string; relation: "raised" | "served" },
): Promise<void> {
  await ex.insert(needLinks).values(link).onConflictDoNothing();
}
