import type { Executor } from "../../db/client.ts";
import {
  type Cadence,
  dueAt,
  firstRunAt,
  periodAt,
  renderTemplate,
} from "../../domain/cadence/cadence.ts";
import { encodeCursor, readCursor } from "../../domain/pagination.ts";
import { CommonErrors } from "../../errors.ts";
import { policies } from "../access/policies.ts";
import type { CustomerScope } from "../access/scope.ts";
import { systemScope } from "../access/scope.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { teamById } from "../teams/teams.api.ts";
import { StrategyErrors } from "./strategies.errors.ts";
import { cadenceOf, presentStrategy, segmentOf } from "./strategies.presenter.ts";
import {
  claimDueStrategy,
  findStrategy,
  insertStrategy,
  insertStrategyFollowUps,
  listStrategies,
  type StrategyRow,
  type StrategyVisibility,
  segmentCustomers,
  strategyKpis,
  updateStrategy,
} from "./strategies.repository.ts";
import type {
  Segment,
  StrategyCreate,
  StrategyListQuery,
  StrategyPatch,
} from "./strategies.schema.ts";

const ENTITY = "strategy";
const SORT = "createdAt";

/**
 * Who sees which strategies: admins (and system work) all of them; everyone else the
 * company-wide ones plus their own team's. Reps read them (to know why a follow-up exists)
 * but never write or run them.
 */
function visibilityOf(ctx: ServiceContext): StrategyVisibility {
  if (!ctx.actor || policies.reach(ctx.actor) === "all") return null;
  return { teamId: ctx.actor.teamId };
}

/** Admins write any strategy; a manager with a team only that team's; nobody else any. */
function assertWritable(ctx: ServiceContext, strategyTeamId: string | null) {
  if (!policies.manageTeamRecord(ctx.actor, strategyTeamId)) throw StrategyErrors.forbidden();
}

/** A manager cannot aim a strategy, or its segment, at another team. */
async function checkTeams(
  ctx: ServiceContext,
  teamId: string | null,
  segment: Segment | undefined,
) {
  // Callers got here through assertWritable or createTeamRecords: admins, or managers of a team.
  if (!policies.manageTeamRecord(ctx.actor, teamId)) throw StrategyErrors.teamForbidden("teamId");
  if (segment?.teamId && !policies.manageTeamRecord(ctx.actor, segment.teamId)) {
    throw StrategyErrors.teamForbidden("segment.teamId");
  }
  if (teamId && !(await teamById(ctx, teamId))) throw StrategyErrors.teamUnknown("teamId");
  if (segment?.teamId && !(await teamById(ctx, segment.teamId))) {
    throw StrategyErrors.teamUnknown("segment.teamId");
  }
}

function nextRun(cadence: Cadence, anchor: Date, active: boolean, now: Date): Date | null {
  return active ? firstRunAt(cadence, anchor, now) : null;
}

export async function createStrategy(ctx: ServiceContext, input: StrategyCreate, now = new Date()) {
  const actor = ctx.actor;
  if (!policies.createTeamRecords(actor)) throw StrategyErrors.forbidden();
  // A manager's strategy is their team's even when they do not say so.
  const teamId = input.teamId !== undefined ? input.teamId : policies.defaultTeam(actor);
  await checkTeams(ctx, teamId, input.segment);
  const anchorAt = input.anchorAt ? new Date(input.anchorAt) : now;
  return ctx.db.transaction(async (tx) => {
    const row = await insertStrategy(tx, {
      name: input.name,
      goal: input.goal ?? null,
      segment: input.segment,
      channel: input.channel,
      followUpKind: input.followUpKind,
      cadence: input.cadence,
      template: input.template ?? null,
      active: input.active,
      teamId,
      createdBy: actor?.id ?? null,
      anchorAt,
      nextRunAt: nextRun(input.cadence, anchorAt, input.active, now),
    });
    await audit(
      { ...ctx, db: tx },
      "create",
      { type: ENTITY, id: row.id },
      null,
      presentStrategy(row),
    );
    return row;
  });
}

export async function getStrategy(ctx: ServiceContext, id: string) {
  const row = await findStrategy(ctx.db, visibilityOf(ctx), id);
  if (!row) throw StrategyErrors.notFound();
  return row;
}

export async function listStrategiesPage(ctx: ServiceContext, query: StrategyListQuery) {
  const position = readCursor(query.cursor, SORT, "timestamp");
  const after = position && { createdAt: position.value, id: position.id };
  const rows = await listStrategies(ctx.db, visibilityOf(ctx), { after, limit: query.limit + 1 });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({ sort: SORT, value: last.createdAt.toISOString(), id: last.id })
      : null;
  return { items, nextCursor };
}

/** Finds, locks and authorises a strategy for a write; `expectedVersion` null = If-Match: *. */
async function lockForWrite(ctx: ServiceContext, id: string, expectedVersion: number | null) {
  const row = await findStrategy(ctx.db, visibilityOf(ctx), id, { forUpdate: true });
  if (!row) throw StrategyErrors.notFound();
  assertWritable(ctx, row.teamId);
  if (expectedVersion !== null && row.version !== expectedVersion) {
    throw CommonErrors.versionMismatch();
  }
  return row;
}

export async function patchStrategy(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
  patch: StrategyPatch,
  now = new Date(),
) {
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const before = await lockForWrite(t, id, expectedVersion);
    const teamId = patch.teamId !== undefined ? patch.teamId : before.teamId;
    if (patch.teamId !== undefined || patch.segment !== undefined) {
      await checkTeams(t, teamId, patch.segment ?? segmentOf(before));
    }
    const { anchorAt: anchorText, ...rest } = patch;
    const anchorAt = anchorText ? new Date(anchorText) : before.anchorAt;
    const cadence = patch.cadence ?? cadenceOf(before);
    const active = patch.active ?? before.active;
    const reschedule =
      patch.cadence !== undefined || anchorText !== undefined || patch.active !== undefined;
    const after = await updateStrategy(tx, id, {
      ...rest,
      anchorAt,
      ...(reschedule ? { nextRunAt: nextRun(cadence, anchorAt, active, now) } : {}),
    });
    await audit(t, "update", { type: ENTITY, id }, presentStrategy(before), presentStrategy(after));
    return after;
  });
}

export async function deleteStrategy(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
) {
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const before = await lockForWrite(t, id, expectedVersion);
    const after = await updateStrategy(tx, id, { deletedAt: new Date(), nextRunAt: null });
    await audit(t, "delete", { type: ENTITY, id }, presentStrategy(before), presentStrategy(after));
    return after;
  });
}

export type RunResult = {
  created: number;
  matched: number;
  period: string;
  periodStart: string;
  dueAt: string;
};

/**
 * Creates the period's follow-ups for the customers the segment matches within `scope`.
 * Idempotent per period: the unique (strategy, customer, period) index turns a repeat into
 * nothing. Null when the cadence's first period has not begun.
 */
async function execute(
  ex: Executor,
  scope: CustomerScope,
  strategy: StrategyRow,
  now: Date,
  createdBy: string | null,
): Promise<RunResult | null> {
  const cadence = cadenceOf(strategy);
  const period = periodAt(cadence, strategy.anchorAt, now);
  if (!period) return null;
  const matched = await segmentCustomers(ex, scope, strategy.teamId, segmentOf(strategy), now);
  const due = dueAt(cadence, period);
  const created = await insertStrategyFollowUps(
    ex,
    {
      strategyId: strategy.id,
      period: period.key,
      kind: strategy.followUpKind,
      dueAt: due,
      createdBy,
    },
    matched.map((c) => ({
      customerId: c.id,
      assigneeId: c.ownerId,
      notes: renderTemplate(strategy.template, { customerName: c.name }),
    })),
  );
  return {
    created,
    matched: matched.length,
    period: period.key,
    periodStart: period.start.toISOString(),
    dueAt: due.toISOString(),
  };
}

/**
 * Runs a strategy now for the caller: only the customers in their scope get follow-ups, so
 * a manager's run never reaches another team's customers.
 */
export async function runStrategy(ctx: ServiceContext, id: string, now = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const row = await findStrategy(tx, visibilityOf(ctx), id);
    if (!row) throw StrategyErrors.notFound();
    assertWritable(ctx, row.teamId);
    if (!row.active) throw StrategyErrors.inactive();
    const result = await execute(tx, ctx.scope, row, now, ctx.actor?.id ?? null);
    if (!result) throw StrategyErrors.notStarted();
    await updateStrategy(tx, id, { lastRunAt: now }, { bumpVersion: false });
    return result;
  });
}

/** How long a strategy whose scheduled run failed waits before the scheduler tries again. */
const RETRY_AFTER_MS = 60 * 60_000;

/**
 * The scheduler's part: runs up to `limit` strategies whose `next_run_at` has come, one
 * transaction each, claimed with SKIP LOCKED so concurrent processes share the work. Runs with
 * the system scope (no user asked for them), still confined to the strategy's team and to
 * customers with an owner. A strategy whose run fails is reported to `onError` and retried an
 * hour later, so it cannot block the ones behind it. Returns how many strategies were claimed.
 */
export async function runDueStrategies(
  db: Executor,
  now: Date,
  limit: number,
  onError: (err: unknown, strategyId: string) => void = () => {},
): Promise<number> {
  let ran = 0;
  for (; ran < limit; ran++) {
    const done = await db.transaction(async (tx) => {
      const row = await claimDueStrategy(tx, now);
      if (!row) return false;
      let next: Date | null;
      let lastRunAt = row.lastRunAt;
      try {
        // A savepoint: a failed run rolls back alone and the claim can still be rescheduled.
        const result = await tx.transaction((sp) => execute(sp, systemScope(), row, now, null));
        const cadence = cadenceOf(row);
        const period = periodAt(cadence, row.anchorAt, now);
        const upcoming = period ? period.next : firstRunAt(cadence, row.anchorAt, now);
        if (result) lastRunAt = now;
        // A cadence with no future period (cannot pass validation) must not spin the loop.
        next = upcoming > now ? upcoming : null;
      } catch (err) {
        onError(err, row.id);
        next = new Date(now.getTime() + RETRY_AFTER_MS);
      }
      await updateStrategy(tx, row.id, { lastRunAt, nextRunAt: next }, { bumpVersion: false });
      return true;
    });
    if (!done) break;
  }
  return ran;
}

export async function getStrategyKpis(ctx: ServiceContext, id: string, now = new Date()) {
  const row = await getStrategy(ctx, id);
  return strategyKpis(ctx.db, ctx.scope, row.id, now);
}
