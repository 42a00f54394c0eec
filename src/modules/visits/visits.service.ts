import { readCursor, toPage } from "../../domain/pagination.ts";
import { dayBounds, localDate } from "../../domain/time.ts";
import {
  canMove,
  DEFAULT_RADIUS_M,
  dwellMinutes,
  effectiveStatus,
  verifyPosition,
} from "../../domain/visits/check-in.ts";
import {
  type Breach,
  checkInBreaches,
  checkOutBreaches,
  type ProofSettings,
} from "../../domain/visits/proof.ts";
import { CommonErrors } from "../../errors.ts";
import { assertAssigneeSeesCustomer } from "../access/assignable.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { versionedWrite } from "../common/write.ts";
import { addCommunication } from "../communications/communications.api.ts";
import { getCustomer } from "../customers/customers.service.ts";
import { createFollowUp } from "../follow-ups/follow-ups.service.ts";
import { type NeedRow, needById, openNeeds } from "../needs/needs.api.ts";
import { createNeed } from "../needs/needs.service.ts";
import { VisitErrors } from "./visits.errors.ts";
import { presentVisit } from "./visits.presenter.ts";
import {
  findVisit,
  insertVisit,
  listVisits,
  setLastVisited,
  updateVisit,
  type VisitWithZone,
} from "./visits.repository.ts";
import type { CheckIn, CheckOut, VisitCreate, VisitPatch } from "./visits.schema.ts";

type ReasonCode = NonNullable<CheckIn["reasonCode"]>;

const ENTITY = "visit";

export type VisitSettings = Pick<ProofSettings, "radiusM" | "windowMarginMinutes">;
export const DEFAULT_VISIT_SETTINGS: VisitSettings = {
  radiusM: DEFAULT_RADIUS_M,
  windowMarginMinutes: 60,
};

/** An agenda from open needs: the ten due soonest, most important first. */
export function agendaOf(open: NeedRow[]) {
  return open
    .slice(0, 10)
    .sort((a, b) => b.importance - a.importance)
    .map((n) => ({ needId: n.id, text: n.title }));
}

/** The agenda starts from the customer's open needs. */
export async function agendaFromNeeds(ctx: ServiceContext, customerId: string) {
  return agendaOf(await openNeeds(ctx, [customerId]));
}

export async function createVisit(ctx: ServiceContext, input: VisitCreate) {
  const customer = await getCustomer(ctx, input.customerId);
  const repId = input.repId ?? ctx.actor?.id ?? customer.ownerId;
  if (!repId) throw CommonErrors.invalidField("repId", "required", "Name the rep.");
  await assertAssigneeSeesCustomer(ctx, repId, customer, "repId");
  if (input.agenda) {
    for (const item of input.agenda) {
      if (!item.needId) continue;
      const need = await needById(ctx, item.needId);
      if (!need || need.customerId !== customer.id) throw VisitErrors.agendaNeed();
    }
  }
  const agenda = input.agenda ?? (await agendaFromNeeds(ctx, customer.id));
  return ctx.db.transaction(async (tx) => {
    const row = await insertVisit(tx, {
      customerId: customer.id,
      repId,
      type: input.type,
      purpose: input.purpose ?? null,
      agenda: agenda.map((a) => ({ needId: a.needId ?? null, text: a.text })),
      plannedStart: new Date(input.plannedStart),
      plannedEnd: new Date(input.plannedEnd),
      locked: input.locked,
    });
    await audit(
      { ...ctx, db: tx },
      "create",
      { type: ENTITY, id: row.id },
      null,
      presentVisit(row),
    );
    return row;
  });
}

export async function getVisit(ctx: ServiceContext, id: string) {
  const row = await findVisit(ctx.db, ctx.scope, id);
  if (!row) throw VisitErrors.notFound();
  return row;
}

/** Whether the caller's scope reaches this visit, deleted or not: who may read its history. */
export async function visitInScope(ctx: ServiceContext, id: string): Promise<boolean> {
  return Boolean(await findVisit(ctx.db, ctx.scope, id));
}

function currentStatus(row: VisitWithZone, now: Date) {
  const end = dayBounds(localDate(row.plannedStart, row.repTimeZone), row.repTimeZone).end;
  return effectiveStatus(row.status, end, now);
}

async function change(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
  apply: (
    row: VisitWithZone,
    now: Date,
    t: ServiceContext,
  ) => Promise<Parameters<typeof updateVisit>[2]>,
  after?: (
    row: VisitWithZone,
    updated: Awaited<ReturnType<typeof updateVisit>>,
    t: ServiceContext,
  ) => Promise<void>,
) {
  return versionedWrite(ctx, expectedVersion, {
    entity: ENTITY,
    find: (t) => findVisit(t.db, t.scope, id, { forUpdate: true }),
    notFound: VisitErrors.notFound,
    present: presentVisit,
    change: async (before, t) => {
      const updated = await updateVisit(t.db, id, await apply(before, new Date(), t));
      await after?.(before, updated, t);
      return { ...updated, repTimeZone: before.repTimeZone };
    },
  });
}

function assertMove(row: VisitWithZone, to: "checked_in" | "completed" | "cancelled", now: Date) {
  const status = currentStatus(row, now);
  if (status === "missed") throw VisitErrors.missed();
  if (!canMove(status, to)) throw VisitErrors.invalidMove(status, to);
}

export function patchVisit(
  ctx: ServiceContext,
  id: string,
  version: number | null,
  patch: VisitPatch,
) {
  return change(ctx, id, version, async (row, now) => {
    if (currentStatus(row, now) !== "planned") throw VisitErrors.notPlanned();
    const start = patch.plannedStart ? new Date(patch.plannedStart) : row.plannedStart;
    const end = patch.plannedEnd ? new Date(patch.plannedEnd) : row.plannedEnd;
    if (end <= start) throw VisitErrors.endBeforeStart();
    const moved =
      start.getTime() !== row.plannedStart.getTime() || end.getTime() !== row.plannedEnd.getTime();
    return {
      ...patch,
      plannedStart: start,
      plannedEnd: end,
      // Calendar clients update an event only when its SEQUENCE grows.
      icsSequence: moved || patch.purpose !== undefined ? row.icsSequence + 1 : row.icsSequence,
    };
  });
}

/** The customer's map position, or null when it has none. */
async function customerPosition(t: ServiceContext, customerId: string) {
  const customer = await getCustomer(t, customerId);
  return customer.latitude != null && customer.longitude != null
    ? { lat: customer.latitude, lon: customer.longitude }
    : null;
}

function positionOf(input: { lat?: number; lon?: number }) {
  return input.lat !== undefined && input.lon !== undefined
    ? { lat: input.lat, lon: input.lon }
    : null;
}

/** The reason as sent; without one, the rules broken refuse the request (nothing changes). */
function reasonFor(
  input: { reasonCode?: ReasonCode; reasonNote?: string | null },
  breaches: Breach[],
  refuse: (breaches: Breach[]) => Error,
) {
  if (breaches.length > 0 && !input.reasonCode) throw refuse(breaches);
  return { code: input.reasonCode ?? null, note: input.reasonNote ?? null };
}

/**
 * Checks in with the device's position. Out of the radius (on site), or more than the margin
 * before the planned start or after the planned end, needs a reason: without one the answer is
 * 422 `check_in_reason_required` naming each rule with its numbers, and nothing changes.
 */
export function checkIn(
  ctx: ServiceContext,
  id: string,
  input: CheckIn,
  settings: VisitSettings = DEFAULT_VISIT_SETTINGS,
) {
  return change(ctx, id, null, async (row, now, t) => {
    assertMove(row, "checked_in", now);
    const pos = positionOf(input);
    const v = verifyPosition(await customerPosition(t, row.customerId), pos, settings.radiusM);
    const breaches = checkInBreaches(
      { ...row, at: now, verification: v.verification, distanceM: v.distanceM },
      settings,
    );
    const reason = reasonFor(input, breaches, VisitErrors.checkInReasonRequired);
    return {
      status: "checked_in",
      checkInAt: now,
      checkInLat: pos?.lat ?? null,
      checkInLon: pos?.lon ?? null,
      checkInAccuracyM: input.accuracyM ?? null,
      checkInDistanceM: v.distanceM,
      verification: v.verification,
      checkInReasonCode: reason.code,
      checkInReasonNote: reason.note,
    };
  });
}

/**
 * Completes a visit. In one transaction: the visit, a `visit` communication on the timeline,
 * the customer's last-visit date, and any new needs and follow-ups from the visit.
 */
export function checkOut(
  ctx: ServiceContext,
  id: string,
  input: CheckOut,
  settings: Pick<VisitSettings, "radiusM"> = DEFAULT_VISIT_SETTINGS,
) {
  let communicationId: string | null = null;
  return change(
    ctx,
    id,
    null,
    async (row, now, t) => {
      assertMove(row, "completed", now);
      // Checked before anything is written: a refused check-out leaves no communication.
      const pos = positionOf(input);
      const v = verifyPosition(await customerPosition(t, row.customerId), pos, settings.radiusM);
      const breaches = checkOutBreaches({ type: row.type, ...v }, settings);
      const reason = reasonFor(input, breaches, VisitErrors.checkOutReasonRequired);
      const comm = await addCommunication(t, {
        customerId: row.customerId,
        authorId: ctx.actor?.id ?? row.repId,
        channel: "visit",
        direction: "out",
        occurredAt: row.checkInAt ?? now,
        durationMin: dwellMinutes(row.checkInAt, now),
        subject: row.purpose,
        content: input.result,
        outcome: `${input.resultScore}/5`,
        visitId: row.id,
      });
      communicationId = comm.id;
      return {
        status: "completed",
        checkOutAt: now,
        checkOutLat: pos?.lat ?? null,
        checkOutLon: pos?.lon ?? null,
        checkOutAccuracyM: input.accuracyM ?? null,
        checkOutDistanceM: v.distanceM,
        checkOutVerification: v.verification,
        checkOutReasonCode: reason.code,
        checkOutReasonNote: reason.note,
        result: input.result,
        resultScore: input.resultScore,
        communicationId: comm.id,
      };
    },
    async (row, updated, t) => {
      await setLastVisited(t.db, row.customerId, updated.checkOutAt ?? new Date());
      for (const n of input.needs) {
        await createNeed(t, row.customerId, {
          ...n,
          sourceCommunicationId: communicationId ?? undefined,
        });
      }
      for (const f of input.followUps) {
        await createFollowUp(t, row.customerId, { ...f, assigneeId: undefined });
      }
    },
  );
}

export function cancelVisit(
  ctx: ServiceContext,
  id: string,
  version: number | null,
  reason: string,
) {
  return change(ctx, id, version, async (row, now) => {
    assertMove(row, "cancelled", now);
    return { status: "cancelled", cancelReason: reason, icsSequence: row.icsSequence + 1 };
  });
}

export async function searchVisits(
  ctx: ServiceContext,
  q: {
    limit: number;
    cursor?: string;
    repId?: string;
    customerId?: string;
    from?: string;
    to?: string;
    status?: string[];
  },
) {
  const after = readCursor(q.cursor, "plannedStart", "timestamp");
  const rows = await listVisits(ctx.db, ctx.scope, {
    repIds: q.repId ? [q.repId] : undefined,
    customerId: q.customerId,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    status: q.status,
    after: after && { at: after.value, id: after.id },
    limit: q.limit + 1,
  });
  return toPage(rows, q.limit, "plannedStart", (r) => r.plannedStart.toISOString());
}
