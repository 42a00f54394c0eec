import { addDays, dayBounds, localDate } from "../../domain/time.ts";
import { intervalFor } from "../../domain/visits/cadence.ts";
import {
  addSums,
  coverageOf,
  EMPTY_SUMS,
  type VisitSums,
  workingDays,
  workingWeekdays,
} from "../../domain/visits/kpis.ts";
import { CommonErrors } from "../../errors.ts";
import { policies } from "../access/policies.ts";
import type { ServiceContext } from "../common/context.ts";
import { KpiErrors } from "./visit-kpis.errors.ts";
import {
  coverageRows,
  findKpiUser,
  followUpAggregates,
  type KpiUser,
  listFieldUsers,
  teamExists,
  travelAggregates,
  visitAggregates,
} from "./visit-kpis.repository.ts";
import type { KpiQuery } from "./visit-kpis.schema.ts";

/** A year and a day: enough for year-on-year views, small enough to stay a quick query. */
const MAX_PERIOD_DAYS = 366;
const DEFAULT_PERIOD_DAYS = 30;

/**
 * Whose KPIs the caller asks for, and may see: a rep only their own; a manager themselves,
 * their team or one of its members; an admin anyone. Anything else is 404, like a stranger.
 */
async function resolveReps(ctx: ServiceContext, q: KpiQuery, caller: KpiUser) {
  const actor = ctx.actor;
  const reach = policies.reach(actor);
  if (q.repId) {
    if (q.repId === caller.id) return [caller];
    const rep = await findKpiUser(ctx.db, q.repId);
    if (!rep || !policies.leadTeam(actor, rep.teamId)) throw KpiErrors.repNotFound();
    return [rep];
  }
  if (q.teamId) {
    const visible = policies.leadTeam(actor, q.teamId);
    if (!visible || !(await teamExists(ctx.db, q.teamId))) throw KpiErrors.teamNotFound();
    return listFieldUsers(ctx.db, { teamId: q.teamId });
  }
  if (reach === "all") return listFieldUsers(ctx.db, { allActive: true });
  if (reach === "team" && actor?.teamId) {
    const team = await listFieldUsers(ctx.db, { teamId: actor.teamId });
    return team.some((u) => u.id === caller.id) ? team : [caller, ...team];
  }
  return [caller];
}

function period(q: KpiQuery, timeZone: string) {
  const to =
    q.to ?? (q.from ? addDays(q.from, DEFAULT_PERIOD_DAYS - 1) : localDate(new Date(), timeZone));
  const from = q.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  if (from > to)
    throw CommonErrors.invalidField("query.to", "from_before_to", "`from` must not be after `to`.");
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days > MAX_PERIOD_DAYS) {
    throw CommonErrors.invalidField("query.to", "too_big", `At most ${MAX_PERIOD_DAYS} days.`);
  }
  return { from, to };
}

/** Plain counts shown beside the KPIs; they feed no formula, so they stay out of VisitSums. */
export type ExtraCounts = {
  missed: number;
  cancelled: number;
  followUpsDue: number;
  followUpsDone: number;
};
const NO_EXTRAS: ExtraCounts = { missed: 0, cancelled: 0, followUpsDue: 0, followUpsDone: 0 };

export type RepKpiSums = { rep: KpiUser; sums: VisitSums; extra: ExtraCounts };

/** Per-rep sums for the period (each rep's days in their own time zone), and the total. */
export async function visitKpis(ctx: ServiceContext, q: KpiQuery) {
  const caller = ctx.actor ? await findKpiUser(ctx.db, ctx.actor.id) : undefined;
  if (ctx.actor && !caller) throw KpiErrors.repNotFound();
  const self: KpiUser = caller ?? {
    id: "",
    name: "system",
    role: "admin",
    teamId: null,
    timeZone: "UTC",
    workingHours: null,
  };
  const { from, to } = period(q, self.timeZone);
  const reps = await resolveReps(ctx, q, self);
  const ids = reps.map((r) => r.id);
  const [visitsAgg, travel, customers, follow] = await Promise.all([
    visitAggregates(ctx.db, ctx.scope, ids, from, to),
    travelAggregates(ctx.db, ctx.scope, ids, from, to),
    coverageRows(ctx.db, ctx.scope, ids, from, to),
    followUpAggregates(ctx.db, ctx.scope, ids, from, to),
  ]);
  const rows: RepKpiSums[] = reps.map((rep) => {
    const v = visitsAgg.find((a) => a.repId === rep.id);
    const t = travel.find((a) => a.repId === rep.id);
    const bounds = {
      start: dayBounds(from, rep.timeZone).start,
      end: dayBounds(to, rep.timeZone).end,
    };
    let due = 0;
    let covered = 0;
    for (const c of customers) {
      if (c.ownerId !== rep.id) continue;
      const { maxDays } = intervalFor({
        tier: c.tier,
        minDays: c.visitMinDays,
        maxDays: c.visitMaxDays,
      });
      const r = coverageOf({ lastBefore: c.lastBefore, firstIn: c.firstIn, maxDays }, bounds);
      if (r.due) due++;
      if (r.covered) covered++;
    }
    const sums: VisitSums = {
      ...EMPTY_SUMS,
      ...(v && {
        planned: v.planned,
        completed: v.completed,
        verified: v.verified,
        timed: v.timed,
        dwellMinutes: Number(v.dwellMinutes),
        scoreSum: Number(v.scoreSum),
        scoredMinutes: Number(v.scoredMinutes),
      }),
      travelMinutes: t?.travelMinutes ?? 0,
      travelKnown: t?.known ?? 0,
      due,
      covered,
      workingDays: workingDays(from, to, workingWeekdays(rep.workingHours)),
    };
    const f = follow.find((a) => a.repId === rep.id);
    const extra: ExtraCounts = {
      missed: v?.missed ?? 0,
      cancelled: v?.cancelled ?? 0,
      followUpsDue: f?.due ?? 0,
      followUpsDone: f?.done ?? 0,
    };
    return { rep, sums, extra };
  });
  const total = rows.reduce((acc, r) => addSums(acc, r.sums), EMPTY_SUMS);
  const totalExtra = rows.reduce(
    (acc, r) => ({
      missed: acc.missed + r.extra.missed,
      cancelled: acc.cancelled + r.extra.cancelled,
      followUpsDue: acc.followUpsDue + r.extra.followUpsDue,
      followUpsDone: acc.followUpsDone + r.extra.followUpsDone,
    }),
    NO_EXTRAS,
  );
  return { from, to, reps: rows, total, totalExtra };
}
