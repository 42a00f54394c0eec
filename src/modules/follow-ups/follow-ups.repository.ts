import { and, asc, eq, gte, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { followUps } from "../../db/schema/timeline.ts";
import { customerWithinScope } from "../../db/scope.ts";
import type { CustomerScope } from "../access/scope.ts";

export type FollowUpRow = typeof followUps.$inferSelect;
export type FollowUpInsert = typeof followUps.$inferInsert;
export type FollowUpUpdate = Partial<
  Omit<FollowUpInsert, "id" | "customerId" | "createdAt" | "version">
>;

export async function insertFollowUp(ex: Executor, values: FollowUpInsert): Promise<FollowUpRow> {
  const [row] = await ex.insert(followUps).values(values).returning();
  return row!;
}

export async function findFollowUp(
  ex: Executor,
  scope: CustomerScope,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<FollowUpRow | undefined> {
  const q = ex
    .select()
    .from(followUps)
    .where(and(eq(followUps.id, id), customerWithinScope(scope, followUps.customerId)));
  const [row] = opts.forUpdate ? await q.for("update", { of: followUps }) : await q;
  return row;
}

/** Callers found the row through `findFollowUp` with their scope first. */
export async function updateFollowUp(
  ex: Executor,
  id: string,
  values: FollowUpUpdate,
): Promise<FollowUpRow> {
  const [row] = await ex
    .update(followUps)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${followUps.version} + 1` })
    .where(eq(followUps.id, id))
    .returning();
  return row!;
}

export type FollowUpFilter = {
  assigneeIds?: string[];
  customerId?: string;
  needId?: string;
  status?: string[];
  dueFrom?: Date;
  dueBefore?: Date;
  after?: { dueAt: string; id: string };
  limit: number;
};

/** Soonest due first; keyset on (due_at, id). */
export async function listFollowUps(
  ex: Executor,
  scope: CustomerScope,
  f: FollowUpFilter,
): Promise<FollowUpRow[]> {
  const conds: (SQL | undefined)[] = [
    customerWithinScope(scope, followUps.customerId),
    isNull(followUps.deletedAt),
  ];
  if (f.assigneeIds) conds.push(inArray(followUps.assigneeId, f.assigneeIds));
  if (f.customerId) conds.push(eq(followUps.customerId, f.customerId));
  if (f.needId) conds.push(eq(followUps.needId, f.needId));
  if (f.status) conds.push(inArray(followUps.status, f.status as FollowUpRow["status"][]));
  if (f.dueFrom) conds.push(gte(followUps.dueAt, f.dueFrom));
  if (f.dueBefore) conds.push(lt(followUps.dueAt, f.dueBefore));
  if (f.after) {
    conds.push(
      sql`(${followUps.dueAt}, ${followUps.id}) > (${f.after.dueAt}::timestamptz, ${f.after.id}::uuid)`,
    );
  }
  return ex
    .select()
    .from(followUps)
    .where(and(...conds))
    .orderBy(asc(followUps.dueAt), asc(followUps.id))
    .limit(f.limit);
}

export type DayCounts = {
  assigneeId: string;
  overdue: number;
  today: number;
  upcoming: number;
  doneToday: number;
};

/** Per assignee: open follow-ups overdue, due in [dayStart, dayEnd), due in the next week; done today. */
export async function dayCounts(
  ex: Executor,
  scope: CustomerScope,
  assigneeIds: string[],
  dayStart: Date,
  dayEnd: Date,
  weekEnd: Date,
): Promise<DayCounts[]> {
  if (assigneeIds.length === 0) return [];
  const open = sql`${followUps.status} = 'open'`;
  return ex
    .select({
      assigneeId: followUps.assigneeId,
      overdue: sql<number>`count(*) filter (where ${open} and ${followUps.dueAt} < ${dayStart})::int`,
      today: sql<number>`count(*) filter (where ${open} and ${followUps.dueAt} >= ${dayStart} and ${followUps.dueAt} < ${dayEnd})::int`,
      upcoming: sql<number>`count(*) filter (where ${open} and ${followUps.dueAt} >= ${dayEnd} and ${followUps.dueAt} < ${weekEnd})::int`,
      doneToday: sql<number>`count(*) filter (where ${followUps.status} = 'done' and ${followUps.completedAt} >= ${dayStart} and ${followUps.completedAt} < ${dayEnd})::int`,
    })
    .from(followUps)
    .where(
      and(
        customerWithinScope(scope, followUps.customerId),
        isNull(followUps.deletedAt),
        inArray(followUps.assigneeId, assigneeIds),
      ),
    )
    .groupBy(followUps.assigneeId);
}
