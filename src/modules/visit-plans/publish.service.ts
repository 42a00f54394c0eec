import type { Executor } from "../../db/client.ts";
import type { Locale } from "../../domain/locale.ts";
import { addDays, zonedTime } from "../../domain/time.ts";
import type { TierCadence } from "../../domain/visits/cadence.ts";
import { cadenceConflict } from "../../domain/visits/draft-cadence.ts";
import type { DraftResult } from "../../domain/visits/draft-retime.ts";
import type { PlanResult } from "../../domain/visits/plan-build.ts";
import { conflictText } from "../../domain/visits/reasons.ts";
import { ReaderError } from "../../errors.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { type NeedRow, openNeeds } from "../needs/needs.api.ts";
import { userById } from "../users/users.api.ts";
import { addVisit } from "../visits/visits.api.ts";
import { agendaOf } from "../visits/visits.service.ts";
import { cadenceOf } from "./draft-cadence.service.ts";
import {
  cancelMovableVisits,
  findPlan,
  type PlanRow,
  updatePlan,
} from "./visit-plans.repository.ts";
import { getPlan, PlanErrors } from "./visit-plans.service.ts";

/**
 * Publishing turns the draft into planned visits. It replaces the visits earlier plans made
 * for the same reps and days (not agreed, not started, after the freeze window: `isReplaced`);
 * agreed visits, visits booked by hand, started and completed ones, and those inside the
 * freeze window were routed around and stay as they are.
 * A plan publishes once: publishing it again answers the first publish's counts (a plan
 * published before they were kept: 409).
 */
export async function publishPlan(
  ctx: ServiceContext,
  id: string,
  settings: { freezeMinutes: number; tierCadence?: TierCadence },
) {
  const plan = await getPlan(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const locked = await findPlan(tx, id, { forUpdate: true });
    // Publishing again (a double click, a retry) answers what the first publish did, and
    // creates nothing: the row lock makes a concurrent second request wait and see it here.
    const done = (locked?.result as DraftResult | null)?.publication;
    if (locked?.status === "published" && done) return { plan: locked, ...done };
    if (locked?.status !== "draft") throw PlanErrors.notDraft(locked?.status ?? "gone");
    const result = locked.result as PlanResult;
    const freezeUntil = new Date(Date.now() + settings.freezeMinutes * 60_000);
    // Exactly the planned days, in each rep's own time zone: neighbouring days keep their visits.
    let replaced = 0;
    for (const repId of plan.repIds) {
      const tz = (await userById(t, repId))?.timeZone ?? "UTC";
      const from = zonedTime(plan.startDate, "00:00", tz);
      const to = zonedTime(addDays(plan.startDate, plan.days), "00:00", tz);
      const cancelled = await cancelMovableVisits(tx, [repId], from, to, freezeUntil);
      for (const visitId of cancelled) {
        await audit(
          t,
          "update",
          { type: "visit", id: visitId },
          { status: "planned" },
          {
            status: "cancelled",
            cancelReason: "replanned",
            planId: id,
          },
        );
      }
      replaced += cancelled.length;
    }
    await assertStillBookable(tx, locked, result, freezeUntil, settings);
    const stopCustomers = result.routes.flatMap((r) => r.stops.map((x) => x.customerId));
    const needsByCustomer = new Map<string, NeedRow[]>();
    for (const n of await openNeeds(t, stopCustomers)) {
      needsByCustomer.set(n.customerId, [...(needsByCustomer.get(n.customerId) ?? []), n]);
    }
    let created = 0;
    for (const route of result.routes) {
      for (const stop of route.stops) {
        if (stop.fixed) continue;
        if (new Date(stop.start) < freezeUntil) continue;
        const visit = await addVisit(t, {
          customerId: stop.customerId,
          repId: route.repId,
          type: "on_site",
          agenda: agendaOf(needsByCustomer.get(stop.customerId) ?? []),
          plannedStart: new Date(stop.start),
          plannedEnd: new Date(stop.end),
          planId: id,
          reasons: stop.reasons,
        });
        await audit(t, "create", { type: "visit", id: visit.id }, null, { planId: id });
        created++;
      }
    }
    const published = await updatePlan(tx, id, {
      status: "published",
      publishedAt: new Date(),
      result: { ...result, publication: { created, replaced } },
    });
    return { plan: published, created, replaced };
  });
}

/**
 * A draft may wait: while it does, someone can book one of its customers by hand, agree a
 * visit, or publish another plan. Publishing checks every stop it would create against the
 * customer's visits as they are now (the rule hand edits obey, `cadenceConflict`), and refuses
 * the whole publish — nothing is cancelled or created — naming the first stop that would come
 * too close, so the manager drops it, moves it or re-optimises.
 */
async function assertStillBookable(
  tx: Executor,
  plan: PlanRow,
  result: PlanResult,
  freezeUntil: Date,
  settings: { freezeMinutes: number; tierCadence?: TierCadence },
) {
  const zones = new Map<string, string>();
  for (const repId of plan.repIds) {
    zones.set(repId, (await userById({ db: tx }, repId))?.timeZone ?? "UTC");
  }
  const reps = plan.repIds.map((id) => ({ id, timeZone: zones.get(id) ?? "UTC" }));
  for (const [r, route] of result.routes.entries()) {
    for (const [i, stop] of route.stops.entries()) {
      if (stop.fixed || new Date(stop.start) < freezeUntil) continue;
      const cadence = await cadenceOf(tx, plan, reps, settings, stop.customerId);
      if (!cadence) continue;
      const conflict = cadenceConflict(
        result,
        {
          customerId: stop.customerId,
          date: route.date,
          timeZone: zones.get(route.repId) ?? "UTC",
          moving: { route: r, index: i },
        },
        cadence,
      );
      if (conflict) throw bookedSinceError(stop, route.date, conflict);
    }
  }
}

function bookedSinceError(
  stop: { customerId: string; name: string },
  date: string,
  conflict: Parameters<typeof conflictText>[0],
) {
  const detail = (locale: Locale) =>
    locale === "zh-CN"
      ? `${stop.name}（${date}）：${conflictText(conflict, locale)}请移走或删除该站点，或重新优化后再发布。`
      : `${stop.name} on ${date}: ${conflictText(conflict, locale)} Move or drop the stop, or re-optimise, then publish.`;
  const message = detail("en");
  return new ReaderError(
    "conflict",
    "min_interval",
    message,
    [
      {
        field: "stops",
        rule: "min_interval",
        message,
        params: { days: conflict.days, minDays: conflict.minDays },
      },
    ],
    (locale) => detail(locale),
    { conflict, customerId: stop.customerId, date },
  );
}
