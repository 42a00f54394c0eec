import { touchTextIssue } from "../../domain/channels.ts";
import { readCursor, toPage } from "../../domain/pagination.ts";
import { documentTokens, queryTerms, toTsquery } from "../../domain/text/search-tokens.ts";
import { CommonErrors } from "../../errors.ts";
import { policies } from "../access/policies.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { versionedWrite } from "../common/write.ts";
import { contactById } from "../contacts/contacts.api.ts";
import { getCustomer } from "../customers/customers.service.ts";
import { createFollowUp } from "../follow-ups/follow-ups.service.ts";
import { needById } from "../needs/needs.api.ts";
import { userById } from "../users/users.api.ts";
import { visitById } from "../visits/visits.api.ts";
import { CommunicationErrors } from "./communications.errors.ts";
import { presentCommunication } from "./communications.presenter.ts";
import {
  type CommunicationRow,
  findCommunication,
  insertCommunication,
  linkNeed,
  listCommunications,
  updateCommunication,
} from "./communications.repository.ts";
import type {
  CommunicationCreate,
  CommunicationListQuery,
  CommunicationPatch,
} from "./communications.schema.ts";

const ENTITY = "communication";

const tokensOf = (c: { subject?: string | null; content?: string | null }) =>
  documentTokens(c.subject, c.content);

async function assertSameCustomer(
  ctx: ServiceContext,
  customerId: string,
  refs: { contactId?: string | null; needId?: string | null; visitId?: string | null },
) {
  if (refs.visitId) {
    const visit = await visitById(ctx, refs.visitId);
    if (!visit || visit.customerId !== customerId)
      throw CommunicationErrors.otherCustomer("visitId");
  }
  if (refs.contactId) {
    const contact = await contactById(ctx, refs.contactId);
    if (!contact || contact.customerId !== customerId || contact.deletedAt) {
      throw CommunicationErrors.otherCustomer("contactId");
    }
  }
  if (refs.needId) {
    const need = await needById(ctx, refs.needId);
    if (!need || need.customerId !== customerId || need.deletedAt) {
      throw CommunicationErrors.otherCustomer("needId");
    }
  }
}

/**
 * Logs a touch on the customer's timeline. With `followUp`, the next step's follow-up is
 * created in the same transaction: both exist, or neither.
 */
export async function logCommunication(
  ctx: ServiceContext,
  customerId: string,
  input: CommunicationCreate,
) {
  await getCustomer(ctx, customerId);
  await assertSameCustomer(ctx, customerId, input);
  const { followUp, needRelation, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const row = await insertCommunication(
      tx,
      {
        ...fields,
        customerId,
        authorId: ctx.actor?.id ?? null,
        occurredAt: fields.occurredAt ? new Date(fields.occurredAt) : new Date(),
      },
      tokensOf(fields),
    );
    if (row.needId)
      await linkNeed(tx, { needId: row.needId, communicationId: row.id, relation: needRelation });
    await audit(t, "create", { type: ENTITY, id: row.id }, null, presentCommunication(row));
    const created = followUp
      ? await createFollowUp(t, customerId, {
          ...followUp,
          notes: followUp.notes ?? fields.nextStep ?? null,
          needId: fields.needId ?? null,
          sourceCommunicationId: row.id,
        })
      : null;
    return { communication: row, followUp: created };
  });
}

export async function getCommunication(ctx: ServiceContext, id: string) {
  const row = await findCommunication(ctx.db, ctx.scope, id);
  if (!row || row.deletedAt) throw CommunicationErrors.notFound();
  return row;
}

/** Whether the caller's scope reaches it, deleted or not: who may read its history. */
export async function communicationInScope(ctx: ServiceContext, id: string): Promise<boolean> {
  return Boolean(await findCommunication(ctx.db, ctx.scope, id));
}

/** The author may edit; so may a manager of the author's team and an admin. */
async function assertMayEdit(ctx: ServiceContext, row: CommunicationRow) {
  if (policies.authorOrAdmin(ctx.actor, row.authorId)) return;
  // The author's team matters only to a manager; authors and admins need no lookup.
  const author = row.authorId ? await userById(ctx, row.authorId) : undefined;
  if (!policies.editCommunication(ctx.actor, row.authorId, author)) {
    throw CommunicationErrors.notAuthor();
  }
}

function change(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
  kind: "update" | "delete" | "restore",
  patch: CommunicationPatch = {},
) {
  return versionedWrite(ctx, expectedVersion, {
    entity: ENTITY,
    action: kind,
    find: (t) => findCommunication(t.db, t.scope, id, { forUpdate: true }),
    notFound: CommunicationErrors.notFound,
    present: presentCommunication,
    check: async (before, t) => {
      if (kind !== "restore" && before.deletedAt) throw CommunicationErrors.notFound();
      if (kind === "restore" && !before.deletedAt) throw CommunicationErrors.notDeleted();
      await assertMayEdit(t, before);
    },
    change: async (before, t) => {
      if (kind === "update") {
        const issue = touchTextIssue({ ...before, ...patch });
        if (issue) throw CommonErrors.validation([issue]);
        await assertSameCustomer(t, before.customerId, patch);
      }
      const values =
        kind === "update"
          ? { ...patch, occurredAt: patch.occurredAt ? new Date(patch.occurredAt) : undefined }
          : { deletedAt: kind === "delete" ? new Date() : null };
      const textChanged = patch.subject !== undefined || patch.content !== undefined;
      const tokens = textChanged ? tokensOf({ ...before, ...patch }) : undefined;
      return updateCommunication(t.db, id, values, tokens);
    },
  });
}

export const patchCommunication = (
  ctx: ServiceContext,
  id: string,
  v: number | null,
  p: CommunicationPatch,
) => change(ctx, id, v, "update", p);
export const deleteCommunication = (ctx: ServiceContext, id: string, v: number | null) =>
  change(ctx, id, v, "delete");
export const restoreCommunication = (ctx: ServiceContext, id: string, v: number | null) =>
  change(ctx, id, v, "restore");

export async function searchCommunications(ctx: ServiceContext, q: CommunicationListQuery) {
  const after = readCursor(q.cursor, "-occurredAt", "timestamp");
  const terms = q.q ? queryTerms(q.q) : [];
  if (q.q && terms.length === 0) return { items: [], nextCursor: null };
  const rows = await listCommunications(ctx.db, ctx.scope, {
    customerId: q.customerId,
    channel: q.channel,
    authorId: q.authorId,
    needId: q.needId,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    tsquery: terms.length ? toTsquery(terms) : undefined,
    after: after && { at: after.value, id: after.id },
    limit: q.limit + 1,
  });
  return toPage(rows, q.limit, "-occurredAt", (r) => r.occurredAt.toISOString());
}
