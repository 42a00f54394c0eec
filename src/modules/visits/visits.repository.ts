import { and, asc, eq, gte, inArray, lt, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client.ts";
import { customers } from "../../db/schema/customers.ts";
import { needs } from "../../db/schema/timeline.ts";
import { users } from "../../db/schema/users.ts";
import { visitPlans, visits } from "../../db/schema/visits.ts";
import { customerWithinScope, ownerWithinScope } from "../../db/scope.ts";
import type { CustomerScope } from "../access/scope.ts";

export type VisitRow = typeof visits.$inferSelect;
export type VisitInsert = typeof visits.$inferInsert;
export type VisitUpdate = Partial<Omit<VisitInsert, "id" | "customerId" | "createdAt" | "version">>;
/** A visit with its rep's time zone, which decides when its day is over. */
export type VisitWithZone = VisitRow & { repTimeZone: string };

export async function insertVisit(ex: Executor, values: VisitInsert): Promise<VisitRow> {
  const [row] = await ex.insert(visits).values(values).returning();
  return row!;
}

export async function findVisit(
  ex: Executor,
  scope: CustomerScope,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<VisitWithZone | undefined> {
  const q = ex
    .select({ visit: visits, tz: users.timeZone })
    .from(visits)
    .innerJoin(users, eq(users.id, visits.repId))
    .where(and(eq(visits.id, id), customerWithinScope(scope, visits.customerId)));
  const [row] = opts.forUpdate ? await q.for("update", { of: visits }) : await q;
  return row && { ...row.visit, repTimeZone: row.tz };
}

/** Callers found the row through `findVisit` with their scope first. */
export async function updateVisit(
  ex: Executor,
  id: string,
  values: VisitUpdate,
): Promise<VisitRow> {
  const [row] = await ex
    .update(visits)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${visits.version} + 1` })
    .where(eq(visits.id, id))
    .returning();
  return row!;
}

export type VisitFilter = {
  repIds?: string[];
  customerId?: string;
  from?: Date;
  to?: Date;
  status?: string[];
  after?: { at: string; id: string };
  limit: number;
};

export async function listVisits(
  ex: Executor,
  scope: CustomerScope,
  f: VisitFilter,
): Promise<VisitWithZone[]> {
  const conds: (SQL | undefined)[] = [customerWithinScope(scope, visits.customerId)];
  if (f.repIds) conds.push(inArray(visits.repId, f.repIds));
  if (f.customerId) conds.push(eq(visits.customerId, f.customerId));
  if (f.from) conds.push(gte(visits.plannedStart, f.from));
  if (f.to) conds.push(lt(visits.plannedStart, f.to));
  if (f.status) conds.push(inArray(visits.status, f.status as VisitRow["status"][]));
  if (f.after) {
    conds.push(
      sql`(${visits.plannedStart}, ${visits.id}) > (${f.after.at}::timestamptz, ${f.after.id}::uuid)`,
    );
  }
  const rows = await ex
    .select({ visit: visits, tz: users.timeZone })
    .from(visits)
    .innerJoin(users, eq(users.id, visits.repId))
    .where(and(...conds))
    .orderBy(asc(visits.plannedStart), asc(visits.id))
    .limit(f.limit);
  return rows.map((r) => ({ ...r.visit, repTimeZone: r.tz }));
}

export async function setLastVisited(ex: Executor, customerId: string, at: Date): Promise<void> {
  await ex
    .update(customers)
    .set({ lastVisitedAt: sql`greatest(${customers.lastVisitedAt}, ${at})` })
    .where(eq(customers.id, customerId));
}

export type CadenceRow = {
  id: string;
  name: string;
  tier: string;
  ownerId: string | null;
  latitude: number | null;
  longitude: number | null;
  visitMinDays: number | null;
  visitMaxDays: number | null;
  visitDurationMin: number | null;
  visitWindows: unknown;
  lastVisitedAt: Date | null;
  valueCents: number | null;
  needs: { importance: number; dueAt: string }[];
};

/** Live customers in scope (optionally of given owners) with what cadence needs to know. */
export async function cadenceCandidates(
  ex: Executor,
  scope: CustomerScope,
  ownerIds: string[] | null,
): Promise<CadenceRow[]> {
  const openNeeds = sql<{ importance: number; dueAt: string }[]>`coalesce((
    select json_agg(json_build_object('importance', ${needs.importance}, 'dueAt', ${needs.dueAt}))
    from ${needs}
    where ${needs.customerId} = ${customers.id} and ${needs.deletedAt} is null
      and ${needs.status} in ('open', 'in_progress')
  ), '[]'::json)`;
  return ex
    .select({
      id: customers.id,
      name: customers.name,
      tier: customers.tier,
      ownerId: customers.ownerId,
      latitude: customers.latitude,
      longitude: customers.longitude,
      visitMinDays: customers.visitMinDays,
      visitMaxDays: customers.visitMaxDays,
      visitDurationMin: customers.visitDurationMin,
      visitWindows: customers.visitWindows,
      lastVisitedAt: customers.lastVisitedAt,
      valueCents: customers.valueCents,
      needs: openNeeds,
    })
    .from(customers)
    .where(
      and(
        ownerWithinScope(scope, customers.ownerId),
        sql`${customers.deletedAt} is null`,
        sql`${customers.status} in ('lead', 'active')`,
        ownerIds ? inArray(customers.ownerId, ownerIds) : undefined,
      ),
    );
}

export type BookingRow = {
  visitId: string;
  customerId: string;
  repId: string;
  planId: string | null;
  locked: boolean;
  status: string;
  plannedStart: Date;
  plannedEnd: Date;
  repName: string;
  planAuthor: string | null;
};

/**
 * Visits booked and not yet done (planned or under way) from `from` on, for the customers
 * `cadenceCandidates` returns with the same arguments — whichever rep or plan booked them.
 */
export async function bookingsFor(
  ex: Executor,
  scope: CustomerScope,
  ownerIds: string[] | null,
  from: Date,
): Promise<BookingRow[]> {
  const author = alias(users, "plan_author");
  return ex
    .select({
      visitId: visits.id,
      customerId: visits.customerId,
      repId: visits.repId,
      planId: visits.planId,
      locked: visits.locked,
      status: visits.status,
      plannedStart: visits.plannedStart,
      plannedEnd: visits.plannedEnd,
      repName: users.name,
      planAuthor: author.name,
    })
    .from(visits)
    .innerJoin(customers, eq(customers.id, visits.customerId))
    .innerJoin(users, eq(users.id, visits.repId))
    .leftJoin(visitPlans, eq(visitPlans.id, visits.planId))
    .leftJoin(author, eq(author.id, visitPlans.createdBy))
    .where(
      and(
        ownerWithinScope(scope, customers.ownerId),
        sql`${customers.deletedAt} is null`,
        ownerIds ? inArray(customers.ownerId, ownerIds) : undefined,
        inArray(visits.status, ["planned", "checked_in"]),
        gte(visits.plannedStart, from),
      ),
    );
}
