import {
  allowedTransitions,
  canTransition,
  needsResolutionNote,
  slaDueAt,
} from "../../domain/needs.ts";
import { readCursor, toPage } from "../../domain/pagination.ts";
import { assertAssigneeSeesCustomer } from "../access/assignable.ts";
import { policies } from "../access/policies.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { assertVersion } from "../common/write.ts";
import { communicationById, linkToNeed } from "../communications/communications.api.ts";
import { getCustomer } from "../customers/customers.service.ts";
import { NeedErrors } from "./needs.errors.ts";
import { presentNeed } from "./needs.presenter.ts";
import {
  allNeedTypes,
  findNeed,
  findNeedType,
  insertNeed,
  insertStatusChange,
  listNeedLinks,
  listNeeds,
  listNeedVisits,
  listStatusChanges,
  type NeedRow,
  type NeedTypeRow,
  needCounts,
  updateNeed,
  upsertNeedType,
} from "./needs.repository.ts";
import type { NeedCreate, NeedListQuery, NeedPatch } from "./needs.schema.ts";

const ENTITY = "need";

async function activeType(ctx: ServiceContext, key: string): Promise<NeedTypeRow> {
  const type = await findNeedType(ctx.db, key);
  if (!type?.active) throw NeedErrors.unknownType();
  return type;
}

export async function createNeed(ctx: ServiceContext, customerId: string, input: NeedCreate) {
  const customer = await getCustomer(ctx, customerId);
  const type = await activeType(ctx, input.type);
  if (input.ownerId) await assertAssigneeSeesCustomer(ctx, input.ownerId, customer, "ownerId");
  if (input.sourceCommunicationId) {
    const c = await communicationById(ctx, input.sourceCommunicationId);
    if (!c || c.customerId !== customerId) throw NeedErrors.otherCustomer("sourceCommunicationId");
  }
  const now = new Date();
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const row = await insertNeed(tx, {
      customerId,
      type: type.key,
      title: input.title,
      detail: input.detail ?? null,
      importance: input.importance,
      urgency: input.urgency,
      ownerId: input.ownerId ?? customer.ownerId ?? ctx.actor?.id ?? null,
      sourceCommunicationId: input.sourceCommunicationId ?? null,
      dueAt: input.dueAt ? new Date(input.dueAt) : slaDueAt(now, type.slaDays, input.importance),
    });
    await insertStatusChange(tx, {
      needId: row.id,
      customerId,
      fromStatus: null,
      toStatus: "open",
      actorId: ctx.actor?.id ?? null,
    });
    if (row.sourceCommunicationId) {
      await linkToNeed(t, {
        needId: row.id,
        communicationId: row.sourceCommunicationId,
        relation: "raised",
      });
    }
    await audit(t, "create", { type: ENTITY, id: row.id }, null, presentNeed(row));
    return row;
  });
}

export async function getNeed(ctx: ServiceContext, id: string) {
  const row = await findNeed(ctx.db, ctx.scope, id);
  if (!row || row.deletedAt) throw NeedErrors.notFound();
  const [history, links, visits] = await Promise.all([
    listStatusChanges(ctx.db, id),
    listNeedLinks(ctx.db, id),
    listNeedVisits(ctx.db, id),
  ]);
  return { row, history, links, visits, allowed: allowedTransitions(row.status) };
}

/** Whether the caller's scope reaches this need, deleted or not: who may read its history. */
export async function needInScope(ctx: ServiceContext, id: string): Promise<boolean> {
  return Boolean(await findNeed(ctx.db, ctx.scope, id));
}

async function locked(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
): Promise<NeedRow> {
  const before = await findNeed(ctx.db, ctx.scope, id, { forUpdate: true });
  if (!before || before.deletedAt) throw NeedErrors.notFound();
  assertVersion(before, expectedVersion);
  return before;
}

export async function patchNeed(
  ctx: ServiceContext,
  id: string,
  version: number | null,
  patch: NeedPatch,
) {
  if (patch.type) await activeType(ctx, patch.type);
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const before = await locked(t, id, version);
    if (patch.ownerId) {
      const customer = await getCustomer(t, before.customerId);
      await assertAssigneeSeesCustomer(t, patch.ownerId, customer, "ownerId");
    }
    const after = await updateNeed(tx, id, {
      ...patch,
      dueAt: patch.dueAt ? new Date(patch.dueAt) : undefined,
    });
    await audit(t, "update", { type: ENTITY, id }, presentNeed(before), presentNeed(after));
    return after;
  });
}

/** Moves a need along its lifecycle, keeping who and when in its history. */
export async function transitionNeed(
  ctx: ServiceContext,
  id: string,
  version: number | null,
  input: { to: NeedRow["status"]; note?: string | null },
) {
  if (needsResolutionNote(input.to) && !input.note) throw NeedErrors.noteRequired();
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const before = await locked(t, id, version);
    if (!canTransition(before.status, input.to))
      throw NeedErrors.invalidTransition(before.status, input.to);
    const closing = needsResolutionNote(input.to);
    const after = await updateNeed(tx, id, {
      status: input.to,
      resolutionNote: closing ? (input.note ?? null) : before.resolutionNote,
      closedAt: closing ? new Date() : null,
    });
    await insertStatusChange(tx, {
      needId: id,
      customerId: before.customerId,
      fromStatus: before.status,
      toStatus: input.to,
      note: input.note ?? null,
      actorId: ctx.actor?.id ?? null,
    });
    await audit(t, "update", { type: ENTITY, id }, presentNeed(before), presentNeed(after));
    return after;
  });
}

export async function linkCommunication(
  ctx: ServiceContext,
  id: string,
  input: { communicationId: string; relation: "raised" | "served" },
) {
  const need = await findNeed(ctx.db, ctx.scope, id);
  if (!need || need.deletedAt) throw NeedErrors.notFound();
  const c = await communicationById(ctx, input.communicationId);
  if (!c || c.deletedAt || c.customerId !== need.customerId)
    throw NeedErrors.otherCustomer("communicationId");
  await linkToNeed(ctx, { needId: id, ...input });
}

export async function searchNeeds(ctx: ServiceContext, q: NeedListQuery) {
  const after = readCursor(q.cursor, q.sort, "timestamp");
  const rows = await listNeeds(ctx.db, ctx.scope, {
    customerId: q.customerId,
    status: q.status,
    type: q.type,
    ownerId: q.ownerId,
    overdueAt: q.overdue ? new Date() : undefined,
    sort: q.sort,
    after,
    limit: q.limit + 1,
  });
  const page = toPage(rows, q.limit, q.sort, (r) =>
    (q.sort === "dueAt" ? r.dueAt : r.createdAt).toISOString(),
  );
  return page;
}

export async function customerNeedSummary(ctx: ServiceContext, customerId: string) {
  await getCustomer(ctx, customerId);
  const c = await needCounts(ctx.db, customerId, new Date());
  return { openNeeds: c.open, overdueNeeds: c.overdue };
}

export const needTypes = (ctx: ServiceContext) => allNeedTypes(ctx.db);

export async function configureNeedType(ctx: ServiceContext, row: NeedTypeRow) {
  if (!policies.administer(ctx.actor)) throw NeedErrors.adminOnly();
  return upsertNeedType(ctx.db, row);
}
