import { and, asc, eq, ne, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { customers } from "../../db/schema/customers.ts";
import { teams, users } from "../../db/schema/users.ts";
import { visitPhotos } from "../../db/schema/visit-photos.ts";
import { visits } from "../../db/schema/visits.ts";
import { customerWithinScope } from "../../db/scope.ts";
import {
  EXCEPTION_KINDS,
  type ExceptionKind,
  type ProofSettings,
} from "../../domain/visits/proof.ts";
import type { CustomerScope } from "../access/scope.ts";

/** Whose visits: everyone's, one rep's, or a team's (and, for its manager, their own). */
export type RepFilter =
  | { kind: "all" }
  | { kind: "rep"; repId: string }
  | { kind: "team"; teamId: string; alsoRepId?: string };

export type ExceptionFilter = {
  reps: RepFilter;
  kinds: readonly ExceptionKind[];
  from: Date;
  to: Date;
  /** "Now" for missed visits: a planned visit whose local day ended before it. */
  now: Date;
  settings: ProofSettings;
};

export type RepRow = { id: string; name: string; teamId: string | null };

export async function findRep(ex: Executor, id: string): Promise<RepRow | undefined> {
  const [row] = await ex
    .select({ id: users.id, name: users.name, teamId: users.teamId })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

export async function teamExists(ex: Executor, id: string): Promise<boolean> {
  const [row] = await ex.select({ id: teams.id }).from(teams).where(eq(teams.id, id));
  return Boolean(row);
}

/** The field users (not admins) a rep filter names, by name: the rows of the counts table. */
export async function repsOf(ex: Executor, f: RepFilter): Promise<RepRow[]> {
  const where =
    f.kind === "rep"
      ? eq(users.id, f.repId)
      : f.kind === "team"
        ? or(eq(users.teamId, f.teamId), f.alsoRepId ? eq(users.id, f.alsoRepId) : undefined)
        : and(eq(users.active, true), ne(users.role, "admin"));
  return ex
    .select({ id: users.id, name: users.name, teamId: users.teamId })
    .from(users)
    .where(where)
    .orderBy(asc(users.name), asc(users.id));
}

/**
 * Each exception kind as a boolean SQL expression over visits ⋈ users (the rep, for the time
 * zone). The same rules as `exceptionKinds` in domain/visits/proof.ts; the test holds the two
 * to each other on the same visits.
 */
function kindFlags(f: ExceptionFilter): Record<ExceptionKind, SQL<boolean>> {
  const onSite = sql`${visits.type} = 'on_site'`;
  const margin = sql`make_interval(mins => ${f.settings.windowMarginMinutes}::int)`;
  const now = sql`${f.now.toISOString()}::timestamptz`;
  const dayOver = sql`${now} >= (((${visits.plannedStart} at time zone ${users.timeZone})::date + 1)::timestamp at time zone ${users.timeZone})`;
  const flag = (expr: SQL) => sql<boolean>`coalesce((${expr}), false)`;
  return {
    out_of_radius: flag(
      sql`${onSite} and (${visits.verification} = 'out_of_radius' or ${visits.checkOutVerification} = 'out_of_radius')`,
    ),
    unverified: flag(
      sql`${onSite} and ${visits.checkInAt} is not null and ${visits.verification} = 'unverified'`,
    ),
    early: flag(sql`${visits.checkInAt} < ${visits.plannedStart} - ${margin}`),
    late: flag(sql`${visits.checkInAt} > ${visits.plannedEnd} + ${margin}`),
    missed: flag(sql`${visits.status} = 'planned' and ${dayOver}`),
    short: flag(
      sql`${visits.status} = 'completed' and ${visits.checkOutAt} - ${visits.checkInAt} < make_interval(mins => ${f.settings.shortVisitMinutes}::int)`,
    ),
  };
}

function repCondition(r: RepFilter): SQL | undefined {
  switch (r.kind) {
    case "all":
      return undefined;
    case "rep":
      return eq(visits.repId, r.repId);
    case "team":
      return or(
        eq(users.teamId, r.teamId),
        r.alsoRepId ? eq(visits.repId, r.alsoRepId) : undefined,
      );
  }
}

function baseConditions(
  scope: CustomerScope,
  f: ExceptionFilter,
  flags: Record<ExceptionKind, SQL<boolean>>,
) {
  return [
    customerWithinScope(scope, visits.customerId),
    repCondition(f.reps),
    sql`${visits.plannedStart} >= ${f.from.toISOString()}::timestamptz`,
    sql`${visits.plannedStart} < ${f.to.toISOString()}::timestamptz`,
    or(...f.kinds.map((k) => flags[k])),
  ];
}

export type ExceptionRow = {
  visit: typeof visits.$inferSelect;
  repName: string;
  repTimeZone: string;
  customerName: string;
  photoCount: number;
  flags: Record<ExceptionKind, boolean>;
};

/** A page of visits with an exception of the asked kinds, latest planned first. */
export async function listExceptions(
  ex: Executor,
  scope: CustomerScope,
  f: ExceptionFilter & { after?: { at: string; id: string }; limit: number },
): Promise<ExceptionRow[]> {
  const flags = kindFlags(f);
  const conds = baseConditions(scope, f, flags);
  if (f.after) {
    conds.push(
      sql`(${visits.plannedStart}, ${visits.id}) < (${f.after.at}::timestamptz, ${f.after.id}::uuid)`,
    );
  }
  const photoCount = sql<number>`(select count(*) from ${visitPhotos} where ${visitPhotos.visitId} = ${visits.id})::int`;
  const rows = await ex
    .select({
      visit: visits,
      repName: users.name,
      repTimeZone: users.timeZone,
      customerName: customers.name,
      photoCount,
      ...flags,
    })
    .from(visits)
    .innerJoin(users, eq(users.id, visits.repId))
    .innerJoin(customers, eq(customers.id, visits.customerId))
    .where(and(...conds))
    .orderBy(sql`${visits.plannedStart} desc`, sql`${visits.id} desc`)
    .limit(f.limit);
  return rows.map((r) => ({
    visit: r.visit,
    repName: r.repName,
    repTimeZone: r.repTimeZone,
    customerName: r.customerName,
    photoCount: r.photoCount,
    flags: Object.fromEntries(EXCEPTION_KINDS.map((k) => [k, Boolean(r[k])])) as Record<
      ExceptionKind,
      boolean
    >,
  }));
}

export type CountRow = { repId: string; visits: number } & Record<ExceptionKind, number>;

/** Per rep: visits with any exception of the asked kinds, and visits with each kind. */
export async function countExceptions(
  ex: Executor,
  scope: CustomerScope,
  f: ExceptionFilter,
): Promise<CountRow[]> {
  const flags = kindFlags(f);
  const count = (cond: SQL) => sql<number>`(count(*) filter (where ${cond}))::int`;
  // Kinds not asked for count 0: the table then shows what the list below it shows.
  const perKind = Object.fromEntries(
    EXCEPTION_KINDS.map((k) => [k, f.kinds.includes(k) ? count(flags[k]) : sql<number>`0`]),
  ) as Record<ExceptionKind, SQL<number>>;
  return ex
    .select({ repId: visits.repId, visits: sql<number>`count(*)::int`, ...perKind })
    .from(visits)
    .innerJoin(users, eq(users.id, visits.repId))
    .where(and(...baseConditions(scope, f, flags)))
    .groupBy(visits.repId);
}
