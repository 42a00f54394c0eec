import { readCursor, toPage } from "../../domain/pagination.ts";
import { CommonErrors } from "../../errors.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { getCustomer } from "../customers/customers.service.ts";
import { ContactErrors } from "./contacts.errors.ts";
import { presentContact } from "./contacts.presenter.ts";
import {
  type ContactRow,
  clearOtherPrimaries,
  findContact,
  insertContact,
  listContacts,
  updateContact,
} from "./contacts.repository.ts";
import type { ContactCreate, ContactPatch } from "./contacts.schema.ts";

const ENTITY = "contact";

/** Demoting the previous primary is itself a change, audited like any other. */
async function demoteOthers(ctx: ServiceContext, customerId: string, exceptId: string | null) {
  for (const row of await clearOtherPrimaries(ctx.db, customerId, exceptId)) {
    await audit(
      ctx,
      "update",
      { type: ENTITY, id: row.id },
      { isPrimary: true },
      presentContact(row),
    );
  }
}

/** A contact is reachable only while its customer is; otherwise it answers 404 like a missing one. */
async function loadContact(
  ctx: ServiceContext,
  id: string,
  forUpdate = false,
): Promise<ContactRow> {
  const row = await findContact(ctx.db, ctx.scope, id, { forUpdate });
  if (!row) throw ContactErrors.notFound();
  try {
    await getCustomer(ctx, row.customerId);
  } catch {
    throw ContactErrors.notFound();
  }
  return row;
}

export async function createContact(ctx: ServiceContext, customerId: string, input: ContactCreate) {
  await getCustomer(ctx, customerId);
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    if (input.isPrimary) await demoteOthers(t, customerId, null);
    const row = await insertContact(tx, { ...input, customerId });
    await audit(t, "create", { type: ENTITY, id: row.id }, null, presentContact(row));
    return row;
  });
}

export async function getContact(ctx: ServiceContext, id: string) {
  const row = await loadContact(ctx, id);
  if (row.deletedAt) throw ContactErrors.notFound();
  return row;
}

export async function patchContact(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
  patch: ContactPatch,
) {
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const before = await loadContact(t, id, true);
    if (before.deletedAt) throw ContactErrors.notFound();
    if (expectedVersion !== null && before.version !== expectedVersion) {
      throw CommonErrors.versionMismatch();
    }
    if (patch.isPrimary) await demoteOthers(t, before.customerId, id);
    const after = await updateContact(tx, id, patch);
    await audit(t, "update", { type: ENTITY, id }, presentContact(before), presentContact(after));
    return after;
  });
}

async function setDeleted(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
  deleted: boolean,
) {
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const before = await loadContact(t, id, true);
    if (deleted && before.deletedAt) throw ContactErrors.notFound();
    if (!deleted && !before.deletedAt) throw ContactErrors.notDeleted();
    if (expectedVersion !== null && before.version !== expectedVersion) {
      throw CommonErrors.versionMismatch();
    }
    // A restored contact comes back as primary only if no other contact took that role.
    const values = deleted
      ? { deletedAt: new Date() }
      : {
          deletedAt: null,
          isPrimary: before.isPrimary && !(await hasPrimary(t, before.customerId)),
        };
    const after = await updateContact(tx, id, values);
    await audit(
      t,
      deleted ? "delete" : "restore",
      { type: ENTITY, id },
      presentContact(before),
      presentContact(after),
    );
    return after;
  });
}

async function hasPrimary(ctx: ServiceContext, customerId: string): Promise<boolean> {
  const rows = await listContacts(ctx.db, ctx.scope, { customerId, deleted: false, limit: 1000 });
  return rows.some((r) => r.isPrimary);
}

export const deleteContact = (ctx: ServiceContext, id: string, version: number | null) =>
  setDeleted(ctx, id, version, true);
export const restoreContact = (ctx: ServiceContext, id: string, version: number | null) =>
  setDeleted(ctx, id, version, false);

export async function listCustomerContacts(
  ctx: ServiceContext,
  customerId: string,
  query: { limit: number; cursor?: string; deleted: "true" | "false" },
) {
  await getCustomer(ctx, customerId);
  const after = readCursor(query.cursor, "contacts", "text");
  const rows = await listContacts(ctx.db, ctx.scope, {
    customerId,
    deleted: query.deleted === "true",
    after: after && { name: after.value, id: after.id },
    limit: query.limit + 1,
  });
  return toPage(rows, query.limit, "contacts", (r) => r.name);
}
