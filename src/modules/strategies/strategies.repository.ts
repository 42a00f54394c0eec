import { and, asc, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { customers } from "../../db/schema/customers.ts";
import { strategies } from "../../db/schema/timeline.ts";
import { users } from "../../db/schema/users.ts";
import { ownerWithinScope } from "../../db/scope.ts";
import { queryRows } from "../../db/sql.ts";
import type { CustomerScope } from "../access/scope.ts";
import type { Segment } from "./strategies.schema.ts";

export type StrategyRow = typeof strategies.$inferSelect;
export type StrategyInsert = typeof strategies.$inferInsert;
export type StrategyUpdate = Partial<Omit<StrategyInsert, "id" | "createdAt" | "version">>;

/** Which strategies a caller sees: all (null), or company-wide ones plus one team's. */
export type StrategyVisibility = { teamId: string | null } | null;

function visible(v: StrategyVisibility): SQL | undefined {
  if (v === null) return undefined;
  return v.teamId
    ? or(isNull(strategies.teamId), eq(strategies.teamId, v.teamId))
    : isNull(strategies.teamId);
}

export async function insertStrategy(ex: Executor, values: StrategyInsert): Promise<StrategyRow> {
  const [row] = await ex.insert(strategies).values(values).returning();
  return row!;
}

/** A strategy the caller may not see is not found, like one that does not exist. */
export async function findStrategy(
  ex: Executor,
  v: StrategyVisibility,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<StrategyRow | undefined> {
  const q = ex
    .select()
    .from(strategies)
    .where(and(eq(strategies.id, id), isNull(strategies.deletedAt), visible(v)));
  const [row] = opts.forUpdate ? await q.for("update") : await q;
  return row;
}

export async function listStrategies(
  ex: Executor,
  v: StrategyVisibility,
  f: { after?: { createdAt: string; id: string }; limit: number },
): Promise<StrategyRow[]> {
  const after = f.after
    ? sql`(${strategies.createdAt}, ${strategies.id}) > (${f.after.createdAt}::timestamptz, ${f.after.id}::uuid)`
    : undefined;
  return ex
    .select()
    .from(strategies)
    .where(and(isNull(strategies.deletedAt), visible(v), after))
    .orderBy(asc(strategies.createdAt), asc(strategies.id))
    .limit(f.limit);
}

/** Callers must have found the row through `findStrategy` first. */
export async function updateStrategy(
  ex: Executor,
  id: string,
  values: StrategyUpdate,
  opts: { bumpVersion?: boolean } = {},
): Promise<StrategyRow> {
  // Scheduler bookkeeping (last/next run) is no edit: it keeps the ETag clients hold.
  const bump =
    opts.bumpVersion === false
      ? {}
      : { updatedAt: sql`now()`, version: sql`${strategies.version} + 1` };
  const [row] = await ex
    .update(strategies)
    .set({ ...values, ...bump })
    .where(eq(strategies.id, id))
    .returning();
  return row!;
}

/**
 * Claims one active strategy whose next run is due, skipping those another process holds.
 * Run it in a transaction and set `next_run_at` before committing.
 */
export async function claimDueStrategy(ex: Executor, now: Date): Promise<StrategyRow | undefined> {
  const [row] = await ex
    .select()
    .from(strategies)
    .where(
      and(
        eq(strategies.active, true),
        isNull(strategies.deletedAt),
        sql`${strategies.nextRunAt} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(strategies.nextRunAt), asc(strategies.id))
    .limit(1)
    .for("update", { skipLocked: true });
  return row;
}

export type SegmentCustomer = { id: string; name: string; ownerId: string };

const inTeam = (teamId: string) =>
  sql`${customers.ownerId} in (select ${users.id} from ${users} where ${users.teamId} = ${teamId})`;

/**
 * The customers a segment matches within the caller's scope (and, for a team strategy, within
 * that team), that are not deleted and whose owner is an active user: the owner becomes the
 * follow-up's assignee, so customers without one are never matched.
 */
export async function segmentCustomers(
  ex: Executor,
  scope: CustomerScope,
  strategyTeamId: string | null,
  segment: Segment,
  now: Date,
): Promise<SegmentCustomer[]> {
  const conds: (SQL | undefined)[] = [
    ownerWithinScope(scope, customers.ownerId),
    isNull(customers.deletedAt),
    sql`${customers.ownerId} in (select ${users.id} from ${users} where ${users.active})`,
  ];
  if (strategyTeamId) conds.push(inTeam(strategyTeamId));
  if (segment.teamId) conds.push(inTeam(segment.teamId));
  if (segment.tier) conds.push(sql`${customers.tier} = any(${sql.param(segment.tier)}::text[])`);
  if (segment.status) {
    conds.push(sql`${customers.status} = any(${sql.param(segment.status)}::text[])`);
  }
  if (segment.tags) conds.push(sql`${customers.tags} && ${sql.param(segment.tags)}::text[]`);
  if (segment.ownerIds) {
    conds.push(sql`${customers.ownerId} = any(${sql.param(segment.ownerIds)}::uuid[])`);
  }
  if (segment.minDaysSinceLastCommunication !== undefined) {
    const since = new Date(now.getTime() - segment.minDaysSinceLastCommunication * 86_400_000);
    conds.push(sql`not exists (
      select 1 from communications m
      where m.customer_id = ${customers.id} and m.deleted_at is null
        and m.occurred_at >= ${since.toISOString()}::timestamptz)`);
  }
  if (segment.hasOpenNeeds !== undefined) {
    const open = sql`exists (
      select 1 from needs n
      where n.customer_id = ${customers.id} and n.deleted_at is null
        and n.status in ('open', 'in_progress'))`;
    conds.push(segment.hasOpenNeeds ? open : sql`not ${open}`);
  }
  const rows = await ex
    .select({ id: customers.id, name: customers.name, ownerId: customers.ownerId })
    .from(customers)
    .where(and(...conds))
    .orderBy(asc(customers.id));
  return rows.filter((r): r is SegmentCustomer => r.ownerId !== null);
}

export type StrategyFollowUp = {
  customerId: string;
  assigneeId: string;
  notes: string | null;
};

/**
 * Adds one follow-up per customer for the strategy's period. The unique index
 * (strategy_id, customer_id, strategy_period) makes a second run in the same period add
 * nothing, even when two runs race. Returns how many were created.
 */
export async function insertStrategyFollowUps(
  ex: Executor,
  s: { strategyId: string; period: string; kind: string; dueAt: Date; createdBy: string | null },
  rows: StrategyFollowUp[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const col = (f: (r: StrategyFollowUp) => unknown) => sql.param(rows.map(f));
  const inserted = await queryRows<{ id: string }>(
    ex,
    sql`
    insert into follow_ups (customer_id, assignee_id, kind, due_at, notes, strategy_id,
      strategy_period, created_by)
    select t.customer_id, t.assignee_id, ${s.kind}, ${s.dueAt.toISOString()}::timestamptz, t.notes,
      ${s.strategyId}::uuid, ${s.period}, ${s.createdBy}::uuid
    from unnest(${col((r) => r.customerId)}::uuid[], ${col((r) => r.assigneeId)}::uuid[],
      ${col((r) => r.notes)}::text[]) as t(customer_id, assignee_id, notes)
    on conflict (strategy_id, customer_id, strategy_period) where strategy_id is not null
      do nothing
    returning id`,
  );
  return inserted.length;
}

export type StrategyKpiRow = {
  followUpsCreated: number;
  done: number;
  doneOnTime: number;
  open: number;
  overdue: number;
  customersReached: number;
  customersTargeted: number;
};

/** The strategy's follow-up outcomes, counted only over customers within the caller's scope. */
export async function strategyKpis(
  ex: Executor,
  scope: CustomerScope,
  strategyId: string,
  now: Date,
): Promise<StrategyKpiRow> {
  const within = ownerWithinScope(scope, customers.ownerId) ?? sql`true`;
  const [row] = await queryRows<StrategyKpiRow>(
    ex,
    sql`
    select count(*)::int as "followUpsCreated",
      count(*) filter (where f.status = 'done')::int as "done",
      count(*) filter (where f.status = 'done' and f.completed_at <= f.due_at)::int as "doneOnTime",
      count(*) filter (where f.status = 'open')::int as "open",
      count(*) filter (where f.status = 'open' and f.due_at < ${now.toISOString()}::timestamptz)::int
        as "overdue",
      count(distinct f.customer_id) filter (where f.status = 'done')::int as "customersReached",
      count(distinct f.customer_id)::int as "customersTargeted"
    from follow_ups f join ${customers} on ${customers.id} = f.customer_id
    where f.strategy_id = ${strategyId}::uuid and f.deleted_at is null and ${within}`,
  );
  return row!;
}
