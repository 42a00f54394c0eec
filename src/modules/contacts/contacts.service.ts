import { readCursor, toPage } from "../../domain/pagination.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { setDeleted, versionedWrite } from "../common/write.ts";
import { refreshCustomerSearch } from "../customers/customer-search.service.ts";
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
    // A customer is found by its contacts' names, phones and e-mails.
    await refreshCustomerSearch(tx, [customerId]);
    await audit(t, "create", { type: ENTITY, id: row.id }, null, presentContact(row));
    return row;
  });
}

export async function getContact(ctx: ServiceContext, id: string) {
  const row = await loadContact(ctx, id);
  if (row.deletedAt) throw ContactErrors.notFound();
  return row;
}

/** Whether the caller's scope reaches this contact, deleted or not: who may read its history. */
export async function contactInScope(ctx: ServiceContext, id: string): Promise<boolean> {
  return Boolean(await findContact(ctx.db, ctx.scope, id));
}

export async function patchContact(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
  patch: ContactPatch,
) {
  return versionedWrite(ctx, expectedVersion, {
    ...contactWrite(id),
    check: (before) => {
      if (before.deletedAt) throw ContactErrors.notFound();
    },
    change: async (before, t) => {
      if (patch.isPrimary) await demoteOthers(t, before.customerId, id);
      const after = await updateContact(t.db, id, patch);
      if (
        after.name !== before.name ||
        after.email !== before.email ||
        after.phone !== before.phone
      ) {
        await refreshCustomerSearch(t.db, [before.customerId]);
      }
      return after;
    },
  });
}

/** What every write to a contact shares: its audit name, its locked read, its presenter. */
const contactWrite = (id: string) => ({
  entity: ENTITY,
  find: (t: ServiceContext) => loadContact(t, id, true),
  notFound: ContactErrors.notFound,
  present: presentContact,
});

const softDelete =
  (deleted: boolean) => (ctx: ServiceContext, id: string, version: number | null) =>
    setDeleted(ctx, version, deleted, {
      ...contactWrite(id),
      notDeleted: ContactErrors.notDeleted,
      // A restored contact comes back as primary only if no other contact took that role.
      change: async (before, t) => {
        const after = await updateContact(
          t.db,
          id,
          deleted
            ? { deletedAt: new Date() }
            : {
                deletedAt: null,
                isPrimary: before.isPrimary && !(await hasPrimary(t, before.customerId)),
              },
        );
        // A deleted contact no longer finds its customer; a restored one does again.
        await refreshCustomerSearch(t.db, [before.customerId]);
        return after;
      },
    });

async function hasPrimary(ctx: ServiceContext, customerId: string): Promise<boolean> {
  const rows = await listContacts(ctx.db, ctx.scope, { customerId, deleted: false, limit: 1000 });
  return rows.some((r) => r.isPrimary);
}

export const deleteContact = softDelete(true);
export const restoreContact = softDelete(false);

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
