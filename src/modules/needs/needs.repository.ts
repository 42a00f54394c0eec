import { and, asc, desc, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { customers } from "../../db/schema/customers.ts";
import {
  communications,
  needLinks,
  needStatusChanges,
  needs,
  needTypes,
} from "../../db/schema/timeline.ts";
import { users } from "../../db/schema/users.ts";
import { visits } from "../../db/schema/visits.ts";
import { customerWithinScope } from "../../db/scope.ts";
import type { CustomerScope } from "../access/scope.ts";

export type NeedRow = typeof needs.$inferSelect;
export type NeedInsert = typeof needs.$inferInsert;
export type NeedUpdate = Partial<Omit<NeedInsert, "id" | "customerId" | "createdAt" | "version">>;
export type NeedTypeRow = typeof needTypes.$inferSelect;
export type NeedStatusChangeRow = typeof needStatusChanges.$inferSelect;

export async function insertNeed(ex: Executor, values: NeedInsert): Promise<NeedRow> {
  const [row] = await ex.insert(needs).values(values).returning();
  return row!;
}

export async function findNeed(
  ex: Executor,
  scope: CustomerScope,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<NeedRow | undefined> {
  const q = ex
    .select()
    .from(needs)
    .where(and(eq(needs.id, id), customerWithinScope(scope, needs.customerId)));
  const [row] = opts.forUpdate ? await q.for("update", { of: needs }) : await q;
  return row;
}

/** Callers found the row through `findNeed` with their scope first. */
export async function updateNeed(ex: Executor, id: string, values: NeedUpdate): Promise<NeedRow> {
  const [row] = await ex
    .update(needs)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${needs.version} + 1` })
    .where(eq(needs.id, id))
    .returning();
  return row!;
}

export type NeedFilter = {
  customerId?: string;
  status?: string[];
  type?: string[];
  ownerId?: string;
  overdueAt?: Date;
  sort: "dueAt" | "-createdAt";
  after?: { value: string; id: string };
  limit: number;
};

/** A list row, with the names a board shows beside it (read in the same query). */
export type NeedListRow = NeedRow & { customerName: string; ownerName: string | null };

export async function listNeeds(
  ex: Executor,
  scope: CustomerScope,
  f: NeedFilter,
): Promise<NeedListRow[]> {
  const conds: (SQL | undefined)[] = [
    customerWithinScope(scope, needs.customerId),
    isNull(needs.deletedAt),
  ];
  if (f.customerId) conds.push(eq(needs.customerId, f.customerId));
  if (f.status) conds.push(inArray(needs.status, f.status as NeedRow["status"][]));
  if (f.type) conds.push(inArray(needs.type, f.type));
  if (f.ownerId) conds.push(eq(needs.ownerId, f.ownerId));
  if (f.overdueAt) {
    conds.push(inArray(needs.status, ["open", "in_progress"]), lt(needs.dueAt, f.overdueAt));
  }
  if (f.after) {
    conds.push(
      f.sort === "dueAt"
        ? sql`(${needs.dueAt}, ${needs.id}) > (${f.after.value}::timestamptz, ${f.after.id}::uuid)`
        : sql`(${needs.createdAt}, ${needs.id}) < (${f.after.value}::timestamptz, ${f.after.id}::uuid)`,
    );
  }
  const order =
    f.sort === "dueAt"
      ? [asc(needs.dueAt), asc(needs.id)]
      : [desc(needs.createdAt), desc(needs.id)];
  const rows = await ex
    .select({ need: needs, customerName: customers.name, ownerName: users.name })
    .from(needs)
    .innerJoin(customers, eq(customers.id, needs.customerId))
    .leftJoin(users, eq(users.id, needs.ownerId))
    .where(and(...conds))
    .orderBy(...order)
    .limit(f.limit);
  return rows.map((r) => ({ ...r.need, customerName: r.customerName, ownerName: r.ownerName }));
}

export async function insertStatusChange(
  ex: Executor,
  values: typeof needStatusChanges.$inferInsert,
): Promise<void> {
  await ex.insert(needStatusChanges).values(values);
}

export async function listStatusChanges(
  ex: Executor,
  needId: string,
): Promise<NeedStatusChangeRow[]> {
  return ex
    .select()
    .from(needStatusChanges)
    .where(eq(needStatusChanges.needId, needId))
    .orderBy(asc(needStatusChanges.id));
}

export async function listNeedLinks(ex: Executor, needId: string) {
  return ex
    .select({
      communicationId: needLinks.communicationId,
      relation: needLinks.relation,
      occurredAt: communications.occurredAt,
      channel: communications.channel,
      subject: communications.subject,
    })
    .from(needLinks)
    .innerJoin(communications, eq(communications.id, needLinks.communicationId))
    .where(eq(needLinks.needId, needId))
    .orderBy(asc(communications.occurredAt));
}

export async function allNeedTypes(ex: Executor): Promise<NeedTypeRow[]> {
  return ex.select().from(needTypes).orderBy(asc(needTypes.key));
}

export async function findNeedType(ex: Executor, key: string): Promise<NeedTypeRow | undefined> {
  const [row] = await ex.select().from(needTypes).where(eq(needTypes.key, key));
  return row;
}

export async function upsertNeedType(ex: Executor, row: NeedTypeRow): Promise<NeedTypeRow> {
  const [out] = await ex
    .insert(needTypes)
    .values(row)
    .onConflictDoUpdate({
      target: needTypes.key,
      set: { labelEn: row.labelEn, labelZh: row.labelZh, slaDays: row.slaDays, active: row.active },
    })
    .returning();
  return out!;
}

/** Open and overdue need counts for one customer (for the customer's summary flag). */
export async function needCounts(ex: Executor, customerId: string, now: Date) {
  const [row] = await ex
    .select({
      open: sql<number>`count(*) filter (where ${needs.status} in ('open', 'in_progress'))::int`,
      overdue: sql<number>`count(*) filter (where ${needs.status} in ('open', 'in_progress') and ${needs.dueAt} < ${now})::int`,
    })
    .from(needs)
    .where(and(eq(needs.customerId, customerId), isNull(needs.deletedAt)));
  return row ?? { open: 0, overdue: 0 };
}

/** Visits that had the need on their agenda: the visits that served it. */
export async function listNeedVisits(ex: Executor, needId: string) {
  return ex
    .select({ visitId: visits.id, plannedStart: visits.plannedStart, status: visits.status })
    .from(visits)
    .where(sql`${visits.agenda} @> ${JSON.stringify([{ needId }])}::jsonb`)
    .orderBy(asc(visits.plannedStart));
}

/** Open needs of many customers in one query (plan publishing pre-fills hundreds of agendas). */
export async function openNeedsOf(
  ex: Executor,
  scope: CustomerScope,
  customerIds: string[],
): Promise<NeedRow[]> {
  if (customerIds.length === 0) return [];
  return ex
    .select()
    .from(needs)
    .where(
      and(
        customerWithinScope(scope, needs.customerId),
        isNull(needs.deletedAt),
        inArray(needs.customerId, customerIds),
        inArray(needs.status, ["open", "in_progress"]),
      ),
    )
    .orderBy(asc(needs.dueAt), asc(needs.id));
}
