import { readCursor, toPage } from "../../domain/pagination.ts";
import { addDays, dayBounds, localDate } from "../../domain/time.ts";
import { CommonErrors } from "../../errors.ts";
import { assertAssigneeSeesCustomer } from "../access/assignable.ts";
import { policies } from "../access/policies.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { versionedWrite } from "../common/write.ts";
import { getCustomer } from "../customers/customers.service.ts";
import { needById } from "../needs/needs.api.ts";
import { teamMembers, userById } from "../users/users.api.ts";
import { FollowUpErrors } from "./follow-ups.errors.ts";
import { presentFollowUp } from "./follow-ups.presenter.ts";
import {
  dayCounts,
  type FollowUpRow,
  findFollowUp,
  insertFollowUp,
  listFollowUps,
  updateFollowUp,
} from "./follow-ups.repository.ts";
import type { FollowUpCreate, FollowUpListQuery, FollowUpPatch } from "./follow-ups.schema.ts";

const ENTITY = "follow_up";

/**
 * Creates a follow-up on a customer the caller can see. The assignee defaults to the
 * customer's owner (falling back to the caller); naming one follows the assignment rule.
 * Runs in the caller's transaction when `ctx.db` is one (e.g. logging a call with a next step).
 */
export async function createFollowUp(
  ctx: ServiceContext,
  customerId: string,
  input: FollowUpCreate & { sourceCommunicationId?: string },
): Promise<FollowUpRow> {
  const customer = await getCustomer(ctx, customerId);
  if (input.assigneeId)
    await assertAssigneeSeesCustomer(ctx, input.assigneeId, customer, "assigneeId");
  const assigneeId = input.assigneeId ?? customer.ownerId ?? ctx.actor?.id;
  if (!assigneeId) throw CommonErrors.invalidField("assigneeId", "required", "Name an assignee.");
  if (input.needId) {
    const need = await needById(ctx, input.needId);
    if (!need || need.customerId !== customerId) throw FollowUpErrors.needOfOtherCustomer();
  }
  return ctx.db.transaction(async (tx) => {
    const row = await insertFollowUp(tx, {
      customerId,
      assigneeId,
      kind: input.kind,
      dueAt: new Date(input.dueAt),
      needId: input.needId ?? null,
      notes: input.notes ?? null,
      sourceCommunicationId: input.sourceCommunicationId ?? null,
      createdBy: ctx.actor?.id ?? null,
    });
    await audit(
      { ...ctx, db: tx },
      "create",
      { type: ENTITY, id: row.id },
      null,
      presentFollowUp(row),
    );
    return row;
  });
}

export async function getFollowUp(ctx: ServiceContext, id: string) {
  const row = await findFollowUp(ctx.db, ctx.scope, id);
  if (!row || row.deletedAt) throw FollowUpErrors.notFound();
  return row;
}

/** Whether the caller's scope reaches this follow-up, deleted or not: who may read its history. */
export async function followUpInScope(ctx: ServiceContext, id: string): Promise<boolean> {
  return Boolean(await findFollowUp(ctx.db, ctx.scope, id));
}

async function change(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
  apply: (row: FollowUpRow) => Promise<Parameters<typeof updateFollowUp>[2]>,
) {
  return versionedWrite(ctx, expectedVersion, {
    entity: ENTITY,
    find: async (t) => {
      const row = await findFollowUp(t.db, t.scope, id, { forUpdate: true });
      return row?.deletedAt ? undefined : row;
    },
    notFound: FollowUpErrors.notFound,
    present: presentFollowUp,
    // After the version: a stale If-Match is a 412 even when the follow-up has since closed.
    change: async (before, t) => {
      if (before.status !== "open") throw FollowUpErrors.notOpen();
      return updateFollowUp(t.db, id, await apply(before));
    },
  });
}

export function patchFollowUp(
  ctx: ServiceContext,
  id: string,
  version: number | null,
  patch: FollowUpPatch,
) {
  return change(ctx, id, version, async (row) => {
    if (patch.assigneeId) {
      const customer = await getCustomer(ctx, row.customerId);
      await assertAssigneeSeesCustomer(ctx, patch.assigneeId, customer, "assigneeId");
    }
    return {
      ...patch,
      dueAt: patch.dueAt ? new Date(patch.dueAt) : undefined,
      // A moved due date deserves a fresh reminder.
      ...(patch.dueAt ? { remindedAt: null } : {}),
    };
  });
}

/** Closing a follow-up — done or cancelled — with its result; only an open one closes. */
const closeAs =
  (status: "done" | "cancelled") =>
  (ctx: ServiceContext, id: string, version: number | null, result: string | null | undefined) =>
    change(ctx, id, version, async () => ({
      status,
      result: result ?? null,
      completedAt: new Date(),
    }));

export const completeFollowUp = closeAs("done");
export const cancelFollowUp = closeAs("cancelled");

export async function searchFollowUps(ctx: ServiceContext, q: FollowUpListQuery) {
  const after = readCursor(q.cursor, "dueAt", "timestamp");
  const rows = await listFollowUps(ctx.db, ctx.scope, {
    assigneeIds: q.assigneeId ? [q.assigneeId] : undefined,
    customerId: q.customerId,
    needId: q.needId,
    status: q.status,
    dueFrom: q.dueFrom ? new Date(q.dueFrom) : undefined,
    dueBefore: q.dueBefore ? new Date(q.dueBefore) : undefined,
    after: after && { dueAt: after.value, id: after.id },
    limit: q.limit + 1,
  });
  return toPage(rows, q.limit, "dueAt", (r) => r.dueAt.toISOString());
}

const DAY_LIST_LIMIT = 200;

/** "My day": my open follow-ups overdue, due today and in the next 7 days, in my time zone. */
export async function myDay(ctx: ServiceContext, date?: string) {
  const me = ctx.actor ? await userById(ctx, ctx.actor.id) : undefined;
  if (!me) throw FollowUpErrors.notFound();
  const tz = me.timeZone;
  const day = date ?? localDate(new Date(), tz);
  const { start, end } = dayBounds(day, tz);
  const weekEnd = dayBounds(addDays(day, 7), tz).start;
  const base = { assigneeIds: [me.id], status: ["open"], limit: DAY_LIST_LIMIT };
  const [overdue, today, upcoming, counts] = await Promise.all([
    listFollowUps(ctx.db, ctx.scope, { ...base, dueBefore: start }),
    listFollowUps(ctx.db, ctx.scope, { ...base, dueFrom: start, dueBefore: end }),
    listFollowUps(ctx.db, ctx.scope, { ...base, dueFrom: end, dueBefore: weekEnd }),
    dayCounts(ctx.db, ctx.scope, [me.id], start, end, weekEnd),
  ]);
  const c = counts[0];
  return {
    date: day,
    timeZone: tz,
    counts: { overdue: c?.overdue ?? 0, today: c?.today ?? 0, upcoming: c?.upcoming ?? 0 },
    overdue,
    today,
    upcoming,
  };
}

/** A manager's view of their team's day (an admin may name any team). */
export async function teamDay(ctx: ServiceContext, opts: { date?: string; teamId?: string }) {
  const actor = ctx.actor;
  const teamId = opts.teamId ?? actor?.teamId ?? null;
  // A team's day is for a person (the system has no "me"): its manager, or an admin.
  if (!actor || !teamId || !policies.leadTeam(actor, teamId)) throw FollowUpErrors.teamForbidden();
  const me = await userById(ctx, actor.id);
  const tz = me?.timeZone ?? "UTC";
  const day = opts.date ?? localDate(new Date(), tz);
  const { start, end } = dayBounds(day, tz);
  const weekEnd = dayBounds(addDays(day, 7), tz).start;
  const members = await teamMembers(ctx, teamId);
  const counts = await dayCounts(
    ctx.db,
    ctx.scope,
    members.map((m) => m.id),
    start,
    end,
    weekEnd,
  );
  const byUser = new Map(counts.map((c) => [c.assigneeId, c]));
  return {
    date: day,
    members: members.map((m) => ({
      userId: m.id,
      name: m.name,
      role: m.role,
      overdue: byUser.get(m.id)?.overdue ?? 0,
      today: byUser.get(m.id)?.today ?? 0,
      upcoming: byUser.get(m.id)?.upcoming ?? 0,
      doneToday: byUser.get(m.id)?.doneToday ?? 0,
    })),
  };
}
