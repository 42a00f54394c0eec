import { and, asc, eq, inArray, ne, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { customers } from "../../db/schema/customers.ts";
import { followUps } from "../../db/schema/timeline.ts";
import { teams, users } from "../../db/schema/users.ts";
import { visitPlans, visits } from "../../db/schema/visits.ts";
import { customerWithinScope, ownerWithinScope } from "../../db/scope.ts";
import type { CustomerScope } from "../access/scope.ts";

export type KpiUser = {
  id: string;
  name: string;
  role: "admin" | "manager" | "rep";
  teamId: string | null;
  timeZone: string;
  workingHours: (typeof users.$inferSelect)["workingHours"];
};

const kpiUserColumns = {
  id: users.id,
  name: users.name,
  role: users.role,
  teamId: users.teamId,
  timeZone: users.timeZone,
  workingHours: users.workingHours,
};

export async function findKpiUser(ex: Executor, id: string): Promise<KpiUser | undefined> {
  const [row] = await ex.select(kpiUserColumns).from(users).where(eq(users.id, id));
  return row;
}

export async function teamExists(ex: Executor, id: string): Promise<boolean> {
  const [row] = await ex.select({ id: teams.id }).from(teams).where(eq(teams.id, id));
  return Boolean(row);
}

/** Field users (reps and managers): of one team, or every active one. Admins do no visits. */
export async function listFieldUsers(
  ex: Executor,
  f: { teamId: string } | { allActive: true },
): Promise<KpiUser[]> {
  const where =
    "teamId" in f
      ? and(eq(users.teamId, f.teamId), ne(users.role, "admin"))
      : and(eq(users.active, true), ne(users.role, "admin"));
  return ex.select(kpiUserColumns).from(users).where(where).orderBy(asc(users.name), asc(users.id));
}

/**
 * The period [from, to] holds whole local days in each rep's own time zone. Every query
 * below takes its bounds from this pair, so counts and coverage agree on the period.
 */
function periodOf(zone: SQL | typeof users.timeZone, from: string, to: string) {
  return {
    start: sql`((${from})::date)::timestamp at time zone ${zone}`,
    end: sql`((${to})::date + 1)::timestamp at time zone ${zone}`,
  };
}

export type VisitAggregate = {
  repId: string;
  planned: number;
  completed: number;
  verified: number;
  missed: number;
  cancelled: number;
  timed: number;
  dwellMinutes: number;
  scoreSum: number;
  scoredMinutes: number;
};

/** Per rep: counts and sums over visits planned to start in the period, within the scope. */
export async function visitAggregates(
  ex: Executor,
  scope: CustomerScope,
  repIds: string[],
  from: string,
  to: string,
): Promise<VisitAggregate[]> {
  if (repIds.length === 0) return [];
  const p = periodOf(users.timeZone, from, to);
  const done = sql`${visits.status} = 'completed'`;
  // Missed as the visits API shows it: still planned once its local day is over.
  const dayOver = sql`now() >= (((${visits.plannedStart} at time zone ${users.timeZone})::date + 1)::timestamp at time zone ${users.timeZone})`;
  const timed = sql`${done} and ${visits.checkInAt} is not null and ${visits.checkOutAt} is not null`;
  const minutes = sql`greatest(0, extract(epoch from (${visits.checkOutAt} - ${visits.checkInAt})) / 60)`;
  const scored = sql`${timed} and ${visits.resultScore} is not null and ${visits.checkOutAt} > ${visits.checkInAt}`;
  return ex
    .select({
      repId: visits.repId,
      planned: sql<number>`(count(*) filter (where ${visits.status} <> 'cancelled'))::int`,
      completed: sql<number>`(count(*) filter (where ${done}))::int`,
      verified: sql<number>`(count(*) filter (where ${done} and ${visits.verification} = 'verified'))::int`,
      missed: sql<number>`(count(*) filter (where ${visits.status} = 'planned' and ${dayOver}))::int`,
      cancelled: sql<number>`(count(*) filter (where ${visits.status} = 'cancelled'))::int`,
      timed: sql<number>`(count(*) filter (where ${timed}))::int`,
      dwellMinutes: sql<number>`coalesce(sum(${minutes}) filter (where ${timed}), 0)::float8`,
      scoreSum: sql<number>`coalesce(sum(${visits.resultScore}) filter (where ${scored}), 0)::int`,
      scoredMinutes: sql<number>`coalesce(sum(${minutes}) filter (where ${scored}), 0)::float8`,
    })
    .from(visits)
    .innerJoin(users, eq(users.id, visits.repId))
    .where(
      and(
        inArray(visits.repId, repIds),
        sql`${visits.plannedStart} >= ${p.start}`,
        sql`${visits.plannedStart} < ${p.end}`,
        customerWithinScope(scope, visits.customerId),
      ),
    )
    .groupBy(visits.repId);
}

export type TravelAggregate = { repId: string; travelMinutes: number; known: number };

/**
 * Per rep: travel minutes into completed visits of the period, read from the published plan
 * that created each visit (`visit_plans.result.routes[].stops[].travelMin`). A stop matches
 * by its visitId, or (new stops carry none) by rep and customer, the nearest start winning.
 * Visits that no published plan explains are simply not counted.
 */
export async function travelAggregates(
  ex: Executor,
  scope: CustomerScope,
  repIds: string[],
  from: string,
  to: string,
): Promise<TravelAggregate[]> {
  if (repIds.length === 0) return [];
  const p = periodOf(users.timeZone, from, to);
  const leg = sql`(
    select (s.value->>'travelMin')::float8
    from jsonb_array_elements(
           case when jsonb_typeof(${visitPlans.result}->'routes') = 'array'
                then ${visitPlans.result}->'routes' else '[]'::jsonb end) r(value),
         jsonb_array_elements(
           case when jsonb_typeof(r.value->'stops') = 'array'
                then r.value->'stops' else '[]'::jsonb end) s(value)
    where jsonb_typeof(s.value->'travelMin') = 'number'
      and (s.value->>'visitId' = ${visits.id}::text
           or (r.value->>'repId' = ${visits.repId}::text
               and s.value->>'customerId' = ${visits.customerId}::text
               and coalesce(s.value->>'visitId', '') = ''))
    order by (s.value->>'visitId' = ${visits.id}::text) desc nulls last,
             abs(extract(epoch from ((s.value->>'start')::timestamptz - ${visits.plannedStart})))
    limit 1
  )`;
  const rows = await ex
    .select({ repId: visits.repId, minutes: sql<number | null>`${leg}` })
    .from(visits)
    .innerJoin(users, eq(users.id, visits.repId))
    .innerJoin(
      visitPlans,
      and(eq(visitPlans.id, visits.planId), eq(visitPlans.status, "published")),
    )
    .where(
      and(
        inArray(visits.repId, repIds),
        eq(visits.status, "completed"),
        sql`${visits.plannedStart} >= ${p.start}`,
        sql`${visits.plannedStart} < ${p.end}`,
        customerWithinScope(scope, visits.customerId),
      ),
    );
  const byRep = new Map<string, TravelAggregate>();
  for (const r of rows) {
    if (r.minutes === null) continue;
    const a = byRep.get(r.repId) ?? { repId: r.repId, travelMinutes: 0, known: 0 };
    a.travelMinutes += Number(r.minutes);
    a.known += 1;
    byRep.set(r.repId, a);
  }
  return [...byRep.values()];
}

export type CoverageRow = {
  ownerId: string;
  tier: string;
  visitMinDays: number | null;
  visitMaxDays: number | null;
  lastBefore: Date | null;
  firstIn: Date | null;
};

/**
 * The owners' live customers (lead or active, not deleted, existing before the period ended)
 * with the last completed visit before the period and the first one inside it — visits by
 * anyone count. An imported `last_visited_at` before the period counts as a visit too.
 */
export async function coverageRows(
  ex: Executor,
  scope: CustomerScope,
  ownerIds: string[],
  from: string,
  to: string,
): Promise<CoverageRow[]> {
  if (ownerIds.length === 0) return [];
  const p = periodOf(users.timeZone, from, to);
  const v = sql`visits_c`;
  const lastBefore = sql<Date | null>`greatest(
    (select max(${v}.check_out_at) from ${visits} ${v}
      where ${v}.customer_id = ${customers.id} and ${v}.status = 'completed'
        and ${v}.check_out_at < ${p.start}),
    case when ${customers.lastVisitedAt} < ${p.start} then ${customers.lastVisitedAt} end
  )`;
  const firstIn = sql<Date | null>`(select min(${v}.check_out_at) from ${visits} ${v}
      where ${v}.customer_id = ${customers.id} and ${v}.status = 'completed'
        and ${v}.check_out_at >= ${p.start} and ${v}.check_out_at < ${p.end})`;
  const rows = await ex
    .select({
      ownerId: sql<string>`${customers.ownerId}`,
      tier: customers.tier,
      visitMinDays: customers.visitMinDays,
      visitMaxDays: customers.visitMaxDays,
      lastBefore: sql<string | Date | null>`${lastBefore}`,
      firstIn: sql<string | Date | null>`${firstIn}`,
    })
    .from(customers)
    .innerJoin(users, eq(users.id, customers.ownerId))
    .where(
      and(
        inArray(customers.ownerId, ownerIds),
        sql`${customers.deletedAt} is null`,
        sql`${customers.status} in ('lead', 'active')`,
        sql`${customers.createdAt} < ${p.end}`,
        ownerWithinScope(scope, customers.ownerId),
      ),
    );
  // Raw sql columns skip drizzle's mapping: drivers give text or a Date; make them instants.
  return rows.map((r) => ({
    ...r,
    lastBefore: r.lastBefore === null ? null : new Date(r.lastBefore),
    firstIn: r.firstIn === null ? null : new Date(r.firstIn),
  }));
}

export type FollowUpAggregate = { repId: string; due: number; done: number };

/**
 * Per rep: follow-ups assigned to them and due in the period (cancelled and deleted ones left
 * out), and how many of those are done — the "did they do what was planned" of follow-ups.
 */
export async function followUpAggregates(
  ex: Executor,
  scope: CustomerScope,
  repIds: string[],
  from: string,
  to: string,
): Promise<FollowUpAggregate[]> {
  if (repIds.length === 0) return [];
  const p = periodOf(users.timeZone, from, to);
  return ex
    .select({
      repId: followUps.assigneeId,
      due: sql<number>`count(*)::int`,
      done: sql<number>`(count(*) filter (where ${followUps.status} = 'done'))::int`,
    })
    .from(followUps)
    .innerJoin(users, eq(users.id, followUps.assigneeId))
    .where(
      and(
        inArray(followUps.assigneeId, repIds),
        ne(followUps.status, "cancelled"),
        sql`${followUps.deletedAt} is null`,
        sql`${followUps.dueAt} >= ${p.start}`,
        sql`${followUps.dueAt} < ${p.end}`,
        customerWithinScope(scope, followUps.customerId),
      ),
    )
    .groupBy(followUps.assigneeId);
}
