import { readCursor, toPage } from "../../domain/pagination.ts";
import { EXCEPTION_KINDS, type ProofSettings } from "../../domain/visits/proof.ts";
import { CommonErrors } from "../../errors.ts";
import { policies } from "../access/policies.ts";
import type { ServiceContext } from "../common/context.ts";
import { ExceptionErrors } from "./visit-exceptions.errors.ts";
import {
  countExceptions,
  type ExceptionFilter,
  findRep,
  listExceptions,
  type RepFilter,
  repsOf,
  teamExists,
} from "./visit-exceptions.repository.ts";
import type { ExceptionFilters, ExceptionQuery } from "./visit-exceptions.schema.ts";

const DAY = 86_400_000;
/** A year and a day at most: a manager's review, not an export. */
const MAX_PERIOD_DAYS = 366;
const DEFAULT_PERIOD_DAYS = 30;

/**
 * Whose exceptions the caller asks for, and may see: a rep only their own; a manager
 * themselves, their team or one of its members; an admin anyone. Anyone else is 404, like
 * someone who does not exist. Row scope (whose customers) applies on top, in the query.
 */
async function repFilter(ctx: ServiceContext, q: ExceptionFilters): Promise<RepFilter> {
  const actor = ctx.actor;
  if (q.repId) {
    const rep = await findRep(ctx.db, q.repId);
    if (!rep || !policies.seeExceptionsOf(actor, rep)) throw ExceptionErrors.repNotFound();
    return { kind: "rep", repId: rep.id };
  }
  if (q.teamId) {
    if (!policies.leadTeam(actor, q.teamId) || !(await teamExists(ctx.db, q.teamId))) {
      throw ExceptionErrors.teamNotFound();
    }
    return { kind: "team", teamId: q.teamId };
  }
  const reach = policies.reach(actor);
  if (!actor || reach === "all") return { kind: "all" };
  if (reach === "team" && actor.teamId) {
    return { kind: "team", teamId: actor.teamId, alsoRepId: actor.id };
  }
  return { kind: "rep", repId: actor.id };
}

function period(q: ExceptionFilters, now: Date) {
  const to = q.to ? new Date(q.to) : now;
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - DEFAULT_PERIOD_DAYS * DAY);
  if (from >= to) {
    throw CommonErrors.invalidField("query.to", "from_before_to", "`from` must be before `to`.");
  }
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY) {
    throw CommonErrors.invalidField("query.to", "too_big", `At most ${MAX_PERIOD_DAYS} days.`);
  }
  return { from, to };
}

async function filterOf(
  ctx: ServiceContext,
  q: ExceptionFilters,
  settings: ProofSettings,
  now: Date,
): Promise<ExceptionFilter> {
  return {
    reps: await repFilter(ctx, q),
    kinds: q.kind ?? EXCEPTION_KINDS,
    ...period(q, now),
    now,
    settings,
  };
}

const SORT = "-plannedStart";

/** Visits with exceptions in the caller's reach, latest planned first, a page at a time. */
export async function visitExceptions(
  ctx: ServiceContext,
  q: ExceptionQuery,
  settings: ProofSettings,
  now = new Date(),
) {
  const after = readCursor(q.cursor, SORT, "timestamp");
  const filter = await filterOf(ctx, q, settings, now);
  const rows = await listExceptions(ctx.db, ctx.scope, {
    ...filter,
    after: after && { at: after.value, id: after.id },
    limit: q.limit + 1,
  });
  const withIds = rows.map((r) => ({ ...r, id: r.visit.id }));
  return toPage(withIds, q.limit, SORT, (r) => r.visit.plannedStart.toISOString());
}

/** Per rep in reach (those without exceptions too): visits with each kind, and in all. */
export async function exceptionCounts(
  ctx: ServiceContext,
  q: ExceptionFilters,
  settings: ProofSettings,
  now = new Date(),
) {
  const filter = await filterOf(ctx, q, settings, now);
  const [reps, counts] = await Promise.all([
    repsOf(ctx.db, filter.reps),
    countExceptions(ctx.db, ctx.scope, filter),
  ]);
  // A rep outside the listed ones (a visit by someone who left the team) still counts.
  const missing = counts.filter((c) => !reps.some((r) => r.id === c.repId));
  const extra = await Promise.all(missing.map((c) => findRep(ctx.db, c.repId)));
  const all = [...reps, ...extra.filter((r) => r !== undefined)];
  return {
    from: filter.from,
    to: filter.to,
    reps: all.map((rep) => ({ rep, counts: counts.find((c) => c.repId === rep.id) })),
  };
}
