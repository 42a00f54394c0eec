import type { Db } from "../../db/client.ts";
import { addDays, dayBounds, earlierDate, localDate, zonedTime } from "../../domain/time.ts";
import type { TierCadence } from "../../domain/visits/cadence.ts";
import { buildProblem, type PlanResult, readSolution } from "../../domain/visits/plan-build.ts";
import {
  type CustomerFacts,
  type ExistingVisit,
  type Horizon,
  horizonDates,
  isReplaced,
  planCandidates,
} from "../../domain/visits/plan-candidates.ts";
import { AppError, CommonErrors } from "../../errors.ts";
import { enqueueJob } from "../../jobs/queue/queue.repository.ts";
import { assertAssignable } from "../access/assignable.ts";
import { policies } from "../access/policies.ts";
import type { ServiceContext } from "../common/context.ts";
import { systemContext } from "../common/system.ts";
import { teamMembers, userById } from "../users/users.api.ts";
import { scoreCustomers } from "../visits/due.service.ts";
import type { BookingRow, CadenceRow } from "../visits/visits.api.ts";
import { solveOffThread } from "./solve-off-thread.ts";
import {
  findPlan,
  fixedVisits,
  insertPlan,
  type PlanRow,
  updatePlan,
} from "./visit-plans.repository.ts";
import type { PlanCreate } from "./visit-plans.schema.ts";

export const PLAN_JOB = "visit-plan";

export const PlanErrors = {
  notFound: () => new AppError("not_found", "plan_not_found", "No such visit plan."),
  notDraft: (status: string) =>
    new AppError(
      "conflict",
      "plan_not_draft",
      `Only a draft plan can be published; this one is ${status}.`,
    ),
  noReps: () =>
    CommonErrors.invalidField("repIds", "required", "Name the reps or the team to plan for."),
  teamForbidden: () =>
    new AppError("forbidden", "team_forbidden", "You can only plan for your own team."),
} as const;

async function resolveReps(ctx: ServiceContext, input: PlanCreate): Promise<string[]> {
  const actor = ctx.actor;
  if (input.repIds) {
    for (const id of input.repIds) await assertAssignable(ctx, id, "repIds");
    return [...new Set(input.repIds)];
  }
  const teamId = input.teamId ?? policies.defaultTeam(actor);
  if (teamId) {
    if (!policies.leadTeam(actor, teamId)) throw PlanErrors.teamForbidden();
    const members = await teamMembers(ctx, teamId);
    return members.filter((u) => u.active && u.role === "rep").map((u) => u.id);
  }
  if (actor && policies.planOwnDay(actor)) return [actor.id];
  throw PlanErrors.noReps();
}

/**
 * Records a plan and queues it: the work runs as a background job (see `computePlan`).
 * The CLI passes `enqueue: false` and computes it in its own process instead.
 */
export async function createPlan(
  ctx: ServiceContext,
  input: PlanCreate,
  opts: { enqueue?: boolean } = {},
): Promise<PlanRow> {
  const repIds = await resolveReps(ctx, input);
  if (repIds.length === 0) throw PlanErrors.noReps();
  return ctx.db.transaction(async (tx) => {
    const plan = await insertPlan(tx, {
      createdBy: ctx.actor?.id ?? null,
      startDate: input.startDate,
      days: input.days,
      repIds,
      options: input.options,
    });
    if (opts.enqueue !== false) await enqueueJob(tx, PLAN_JOB, { planId: plan.id });
    return plan;
  });
}

/** The creator, an admin, or a manager whose team holds every planned rep. */
async function assertVisible(ctx: ServiceContext, plan: PlanRow) {
  const actor = ctx.actor;
  if (!actor || policies.authorOrAdmin(actor, plan.createdBy)) return;
  if (policies.reach(actor) === "team" && actor.teamId) {
    const team = new Set((await teamMembers(ctx, actor.teamId)).map((u) => u.id));
    if (plan.repIds.every((r) => team.has(r))) return;
  }
  throw PlanErrors.notFound();
}

export async function getPlan(ctx: ServiceContext, id: string): Promise<PlanRow> {
  const plan = await findPlan(ctx.db, id);
  if (!plan) throw PlanErrors.notFound();
  await assertVisible(ctx, plan);
  return plan;
}

type PlanOptions = {
  timeLimitSeconds: number;
  maxVisitsPerDay?: number;
  includeNotDue: boolean;
  metersPerPoint: number;
};

/**
 * Computes a plan's draft: loads reps, due customers and fixed visits, solves, stores the
 * result. Idempotent, so a job taken over after a crash simply runs it again.
 */
export async function computePlan(
  db: Db,
  planId: string,
  settings: { freezeMinutes: number; tierCadence?: TierCadence },
  progress: (percent: number) => void = () => {},
): Promise<PlanResult> {
  const plan = await findPlan(db, planId);
  if (!plan) throw PlanErrors.notFound();
  const options = plan.options as PlanOptions;
  await updatePlan(db, planId, { status: "running", progress: 5, error: null });
  const reps = (await Promise.all(plan.repIds.map((id) => userById({ db }, id)))).filter(
    (u): u is NonNullable<typeof u> => Boolean(u?.active),
  );
  const freezeUntil = new Date(Date.now() + settings.freezeMinutes * 60_000);
  const { candidates, left } = await planPool(db, plan, reps, settings, freezeUntil);
  const from = new Date(`${addDays(plan.startDate, -1)}T00:00:00Z`);
  const to = new Date(`${addDays(plan.startDate, plan.days + 1)}T00:00:00Z`);
  const fixed = (await fixedVisits(db, plan.repIds, from, to, freezeUntil))
    .filter((f) => f.lat != null && f.lon != null)
    .map((f) => ({ ...f, position: { lat: f.lat!, lon: f.lon! } }));
  progress(10);
  await updatePlan(db, planId, { progress: 10 });

  const input = {
    startDate: plan.startDate,
    days: plan.days,
    reps: reps
      .filter((r) => r.homeLat != null && r.homeLon != null)
      .map((r) => ({
        id: r.id,
        name: r.name,
        home: { lat: r.homeLat!, lon: r.homeLon! },
        timeZone: r.timeZone,
        workingHours: r.workingHours ?? null,
      })),
    candidates,
    fixed,
    maxVisitsPerDay: options.maxVisitsPerDay,
    metersPerPoint: options.metersPerPoint,
  };
  const built = buildProblem(input);
  const limitMs = options.timeLimitSeconds * 1000;
  const started = Date.now();
  const ticker = setInterval(() => {
    const p = 10 + Math.min(85, Math.round((85 * (Date.now() - started)) / limitMs));
    progress(p);
    updatePlan(db, planId, { progress: p }).catch(() => {});
  }, 1000);
  let result: PlanResult;
  try {
    const solution = await solveOffThread(built.problem, { timeLimitMs: limitMs, seed: 1 });
    result = readSolution(input, built, solution);
  } finally {
    clearInterval(ticker);
  }
  // The draft carries positions and home bases so the web map needs no extra lookups.
  const where = new Map<string, { lat: number; lon: number }>();
  for (const c of candidates) where.set(c.customerId, c.position);
  for (const f of fixed) where.set(f.customerId, f.position);
  for (const route of result.routes) {
    for (const stop of route.stops) Object.assign(stop, where.get(stop.customerId));
  }
  const withMap: PlanResult & { reps: { id: string; name: string; lat: number; lon: number }[] } =
    Object.assign(result, {
      reps: input.reps.map((r) => ({ id: r.id, name: r.name, lat: r.home.lat, lon: r.home.lon })),
    });
  result.unplanned.push(...left);
  await updatePlan(db, planId, { status: "draft", progress: 100, result: withMap });
  return withMap;
}

/**
 * Whom a plan may book and on which days — every booking counted, minimum intervals kept —
 * scored for its first day: the question computePlan asks, and re-optimising a draft again.
 */
export async function planPool(
  db: Db,
  plan: PlanRow,
  reps: { id: string; timeZone: string }[],
  settings: { tierCadence?: TierCadence },
  freezeUntil: Date,
) {
  const options = plan.options as PlanOptions;
  const { timeZone, on, horizon, bookedFrom } = poolWindow(plan, reps, freezeUntil);
  const scored = await scoreCustomers(systemContext(db), {
    ownerIds: plan.repIds,
    on,
    timeZone,
    tiers: settings.tierCadence,
    bookedFrom,
    replaced: (b) => isReplaced(existingOf(b), horizon),
  });
  const pool = planCandidates(
    scored.map((e) => ({ ...e, customer: factsOf(e.customer, on) })),
    {
      dates: horizonDates(plan.startDate, plan.days),
      timeZone,
      includeNotDue: options.includeNotDue,
      tiers: settings.tierCadence,
    },
  );
  return { ...pool, scored };
}

/**
 * How a plan counts bookings: in the first rep's zone, scored at its first day's noon, from
 * today on (before the horizon as much as inside or after), less what publishing replaces.
 */
export function poolWindow(
  plan: PlanRow,
  reps: { id: string; timeZone: string }[],
  freezeUntil: Date,
) {
  const timeZone = reps[0]?.timeZone ?? "UTC";
  const today = localDate(new Date(), timeZone);
  return {
    timeZone,
    on: zonedTime(plan.startDate, "12:00", timeZone),
    horizon: horizonOf(plan, reps, freezeUntil),
    bookedFrom: dayBounds(earlierDate(today, plan.startDate), timeZone).start,
  };
}

export async function failPlan(db: Db, planId: string, error: string) {
  await updatePlan(db, planId, { status: "failed", error });
}

/** Each planned rep's days, midnight to midnight in the rep's zone, and the freeze window. */
function horizonOf(
  plan: { repIds: string[]; startDate: string; days: number },
  reps: { id: string; timeZone: string }[],
  freezeUntil: Date,
): Horizon {
  const zones = new Map(reps.map((r) => [r.id, r.timeZone]));
  const bounds = new Map(
    plan.repIds.map((id) => {
      const tz = zones.get(id) ?? "UTC";
      return [
        id,
        {
          from: zonedTime(plan.startDate, "00:00", tz),
          to: zonedTime(addDays(plan.startDate, plan.days), "00:00", tz),
        },
      ] as const;
    }),
  );
  return { repIds: plan.repIds, bounds, freezeUntil };
}

export function existingOf(b: BookingRow): ExistingVisit {
  return {
    customerId: b.customerId,
    repId: b.repId,
    start: b.plannedStart,
    status: b.status === "checked_in" ? "checked_in" : "planned",
    locked: b.locked,
    fromPlan: b.planId !== null,
  };
}

function factsOf(c: CadenceRow, on: Date): CustomerFacts {
  return {
    id: c.id,
    name: c.name,
    ownerId: c.ownerId!,
    tier: c.tier,
    minDays: c.visitMinDays,
    maxDays: c.visitMaxDays,
    lastVisitedAt: c.lastVisitedAt,
    position:
      c.latitude != null && c.longitude != null ? { lat: c.latitude, lon: c.longitude } : null,
    visitWindows: (c.visitWindows as CustomerFacts["visitWindows"]) ?? null,
    serviceMin: c.visitDurationMin ?? 45,
    valueCents: c.valueCents,
    openNeeds: c.needs.map((n) => ({
      importance: n.importance,
      overdue: Date.parse(n.dueAt) < on.getTime(),
    })),
  };
}
