import type { Executor } from "../../db/client.ts";
import type { TierCadence } from "../../domain/visits/cadence.ts";
import { applyEdit, type DraftEnv, type EditOp, findStop } from "../../domain/visits/draft-edit.ts";
import { prepareReoptimise, readReoptimised } from "../../domain/visits/draft-reoptimise.ts";
import type { CustomerFacts, DraftResult, RetimeRep } from "../../domain/visits/draft-retime.ts";
import { buildProblem, type PlanRep } from "../../domain/visits/plan-build.ts";
import { assertAssigneeSeesCustomer } from "../access/assignable.ts";
import { systemScope } from "../access/scope.ts";
import type { ServiceContext } from "../common/context.ts";
import { assertVersion, versionedWrite } from "../common/write.ts";
import { userById } from "../users/users.api.ts";
import { cadenceOf } from "./draft-cadence.service.ts";
import { DraftErrors, refusalError } from "./draft-edit.errors.ts";
import { customersForDraft } from "./draft-edit.repository.ts";
import type { DraftEditInput, ReoptimiseInput } from "./draft-edit.schema.ts";
import { solveOffThread } from "./solve-off-thread.ts";
import { findPlan, type PlanRow, updatePlan } from "./visit-plans.repository.ts";
import { getPlan, PlanErrors, planPool } from "./visit-plans.service.ts";

/**
 * Editing a draft plan by hand (docs/visits.md, "Editing a draft"): each edit is one versioned
 * write of the plan — If-Match, locked row, rules, change, audit — and answers the plan with
 * the touched routes re-timed. "Re-optimise around my edits" runs the planner again with the
 * edits as constraints. Who may edit: whoever may see and publish the plan.
 */

type Settings = { freezeMinutes: number; tierCadence?: TierCadence };
type PlanOptions = { timeLimitSeconds?: number; maxVisitsPerDay?: number; metersPerPoint?: number };

/** The longest a re-optimisation keeps the user waiting by default (the solve is off-thread). */
const REOPTIMISE_DEFAULT_SECONDS = 3;

function assertDraft(plan: PlanRow) {
  if (plan.status !== "draft") throw DraftErrors.notDraft(plan.status);
}

/** Visible to the caller (else 404), then locked for the write. */
async function lockedPlan(t: ServiceContext, id: string) {
  await getPlan(t, id);
  return findPlan(t.db, id, { forUpdate: true });
}

/** The trail keeps the edit and the totals it led to, not the whole draft. */
function auditView(row: PlanRow, edit?: object) {
  const totals = (row.result as DraftResult | null)?.totals ?? null;
  return { status: row.status, version: row.version, totals, ...(edit ? { edit } : {}) };
}

function toFacts(row: Awaited<ReturnType<typeof customersForDraft>>[number]): CustomerFacts {
  return {
    name: row.name,
    ownerId: row.ownerId,
    position:
      row.latitude != null && row.longitude != null
        ? { lat: row.latitude, lon: row.longitude }
        : null,
    visitWindows: (row.visitWindows as CustomerFacts["visitWindows"]) ?? null,
    serviceMin: row.visitDurationMin ?? 45,
    valueCents: row.valueCents,
  };
}

/** The plan's reps (those with a home base: the planner plans only those) and customer facts. */
async function loadEnv(db: Executor, plan: PlanRow, draft: DraftResult) {
  const users = (await Promise.all(plan.repIds.map((id) => userById({ db }, id)))).filter(
    (u): u is NonNullable<typeof u> => Boolean(u?.active && u.homeLat != null && u.homeLon != null),
  );
  const planReps: PlanRep[] = users.map((u) => ({
    id: u.id,
    name: u.name,
    home: { lat: u.homeLat!, lon: u.homeLon! },
    timeZone: u.timeZone,
    workingHours: (u.workingHours as PlanRep["workingHours"]) ?? null,
  }));
  const ids = new Set<string>();
  for (const r of draft.routes) for (const s of r.stops) ids.add(s.customerId);
  for (const u of draft.unplanned) ids.add(u.customerId);
  // The draft's own customers, which the caller already sees through the plan.
  const rows = await customersForDraft(db, systemScope(), [...ids]);
  const env: DraftEnv = {
    startDate: plan.startDate,
    days: plan.days,
    repIds: planReps.map((r) => r.id),
    reps: new Map<string, RetimeRep>(planReps.map((r) => [r.id, r])),
    facts: new Map(rows.map((r) => [r.id, toFacts(r)])),
  };
  return { env, planReps };
}

/** Whom the plan may book now, and how due each customer is (computePlan's own question). */
function pool(db: Executor, plan: PlanRow, planReps: PlanRep[], settings: Settings) {
  const freezeUntil = new Date(Date.now() + settings.freezeMinutes * 60_000);
  return planPool(db, plan, planReps, settings, freezeUntil);
}

/** Checks what only the database knows and completes the edit with the facts it needs. */
async function resolveEdit(
  t: ServiceContext,
  plan: PlanRow,
  draft: DraftResult,
  loaded: Awaited<ReturnType<typeof loadEnv>>,
  input: DraftEditInput,
  settings: Settings,
): Promise<EditOp> {
  const { env, planReps } = loaded;
  const priorityOf = async (customerId: string) =>
    (await pool(t.db, plan, planReps, settings)).scored.find((e) => e.customer.id === customerId)
      ?.priority;
  if (input.op === "lock" || input.op === "unlock") return input;
  if (input.op === "add") {
    const [row] = await customersForDraft(t.db, t.scope, [input.customerId]);
    if (!row) throw DraftErrors.customerUnknown();
    if (!row.ownerId || !plan.repIds.includes(row.ownerId)) throw DraftErrors.notOwnedByPlanRep();
    if (row.latitude == null || row.longitude == null) throw DraftErrors.notLocated();
    const facts = toFacts(row);
    (env.facts as Map<string, CustomerFacts>).set(row.id, facts);
    const repId = input.repId ?? row.ownerId;
    if (repId !== row.ownerId && plan.repIds.includes(repId)) {
      await assertAssigneeSeesCustomer(t, repId, row, "repId");
    }
    const priority = await priorityOf(row.id);
    return {
      op: "add",
      customerId: row.id,
      repId,
      date: input.date,
      position: input.position,
      // Why it is due — or, added by hand though not due, that it is already booked, and when.
      reasons: priority?.reasons ?? [],
      mandatory: priority?.mandatory ?? false,
      valueCents: facts.valueCents,
    };
  }
  const found = findStop(draft, input.customerId);
  const facts = env.facts.get(input.customerId);
  if (input.op === "move") {
    const from = found ? draft.routes[found.route] : undefined;
    const toColleague = input.repId && input.repId !== from?.repId;
    if (found && !found.stop.fixed && toColleague && plan.repIds.includes(input.repId!)) {
      await assertAssigneeSeesCustomer(
        t,
        input.repId!,
        { ownerId: facts?.ownerId ?? null },
        "repId",
      );
    }
    return input;
  }
  // drop: the totals count a must-visit customer left out, and the value no longer covered.
  const movable = found && !found.stop.fixed && !found.stop.locked;
  const mandatory = movable ? ((await priorityOf(input.customerId))?.mandatory ?? false) : false;
  return {
    op: "drop",
    customerId: input.customerId,
    mandatory,
    valueCents: facts?.valueCents ?? null,
  };
}

export async function editDraft(
  ctx: ServiceContext,
  planId: string,
  expectedVersion: number | null,
  input: DraftEditInput,
  settings: Settings,
): Promise<PlanRow> {
  let after: PlanRow | undefined;
  return versionedWrite(ctx, expectedVersion, {
    entity: "visit_plan",
    find: (t) => lockedPlan(t, planId),
    notFound: PlanErrors.notFound,
    check: assertDraft,
    change: async (before, t) => {
      const draft = before.result as DraftResult;
      const loaded = await loadEnv(t.db, before, draft);
      const op = await resolveEdit(t, before, draft, loaded, input, settings);
      // A stop put on a day keeps the customer's minimum interval from its other visits.
      const cadence =
        op.op === "add" || op.op === "move"
          ? await cadenceOf(t.db, before, loaded.planReps, settings, op.customerId)
          : null;
      const env = cadence
        ? { ...loaded.env, cadence: new Map([[op.customerId, cadence]]) }
        : loaded.env;
      const out = applyEdit(draft, op, env);
      if ("refused" in out) throw refusalError(out.refused);
      after = await updatePlan(t.db, planId, { result: out.draft });
      return after;
    },
    present: (row) => auditView(row, row === after ? input : undefined),
  });
}

/**
 * Runs the planner again around the edits. The solve (a few seconds at most) runs off the
 * event loop and outside any transaction; the result is written only if the draft is still the
 * version it was computed from (else 412: someone edited meanwhile).
 */
export async function reoptimiseDraft(
  ctx: ServiceContext,
  planId: string,
  expectedVersion: number | null,
  input: ReoptimiseInput,
  settings: Settings,
): Promise<PlanRow> {
  const plan = await getPlan(ctx, planId);
  assertDraft(plan);
  assertVersion(plan, expectedVersion);
  const draft = plan.result as DraftResult;
  const options = plan.options as PlanOptions;
  const { env, planReps } = await loadEnv(ctx.db, plan, draft);
  const { candidates } = await pool(ctx.db, plan, planReps, settings);
  const full = {
    ...env,
    planReps,
    pool: new Map(candidates.map((c) => [c.customerId, c])),
    maxVisitsPerDay: options.maxVisitsPerDay,
    metersPerPoint: options.metersPerPoint,
  };
  const prepared = prepareReoptimise(draft, full);
  const built = buildProblem(prepared.input);
  const seconds =
    input.timeLimitSeconds ??
    Math.min(REOPTIMISE_DEFAULT_SECONDS, options.timeLimitSeconds ?? REOPTIMISE_DEFAULT_SECONDS);
  const solution = await solveOffThread(built.problem, { timeLimitMs: seconds * 1000, seed: 1 });
  const result = readReoptimised(draft, prepared, built, solution, full);
  let after: PlanRow | undefined;
  return versionedWrite(ctx, plan.version, {
    entity: "visit_plan",
    find: (t) => lockedPlan(t, planId),
    notFound: PlanErrors.notFound,
    check: assertDraft,
    change: async (_before, t) => {
      after = await updatePlan(t.db, planId, { result });
      return after;
    },
    present: (row) => auditView(row, row === after ? { op: "reoptimise" } : undefined),
  });
}
