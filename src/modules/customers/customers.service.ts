import { parseCursor, readCursor, toPage } from "../../domain/pagination.ts";
import { hasHan, indexGrams, queryGrams } from "../../domain/text/cjk-grams.ts";
import { assertAssignable } from "../access/assignable.ts";
import { policies } from "../access/policies.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { setDeleted, versionedWrite } from "../common/write.ts";
import { CustomerErrors } from "./customers.errors.ts";
import { presentCustomer } from "./customers.presenter.ts";
import {
  type CustomerListFilter,
  type CustomerRow,
  type CustomerSortKey,
  findCustomer,
  insertCustomer,
  listCustomers,
  updateCustomer,
} from "./customers.repository.ts";
import type { CustomerCreate, CustomerListQuery, CustomerPatch } from "./customers.schema.ts";
import { handOverOpenWork } from "./handover.repository.ts";

const ENTITY = "customer";

/** Owners follow the assignment rule; only an admin (or system work) may leave one unset. */
async function assertAssignableOwner(ctx: ServiceContext, ownerId: string | null | undefined) {
  if (ownerId === undefined) return;
  if (ownerId === null) {
    if (!policies.administer(ctx.actor)) throw CustomerErrors.ownerForbidden();
    return;
  }
  await assertAssignable(ctx, ownerId, "ownerId");
}

export async function createCustomer(ctx: ServiceContext, input: CustomerCreate) {
  await assertAssignableOwner(ctx, input.ownerId);
  // Without an explicit owner the creator owns it, so it stays inside their own scope.
  const ownerId = input.ownerId === undefined ? (ctx.actor?.id ?? null) : input.ownerId;
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx };
    const row = await insertCustomer(tx, {
      ...input,
      ownerId,
      searchGrams: indexGrams(input.name),
    });
    await audit(t, "create", { type: ENTITY, id: row.id }, null, presentCustomer(row));
    return row;
  });
}

export async function getCustomer(ctx: ServiceContext, id: string) {
  const row = await findCustomer(ctx.db, ctx.scope, id);
  if (!row || row.deletedAt) throw CustomerErrors.notFound();
  return row;
}

/** Whether the caller's scope reaches this customer, deleted or not: who may read its history. */
export async function customerInScope(ctx: ServiceContext, id: string): Promise<boolean> {
  return Boolean(await findCustomer(ctx.db, ctx.scope, id));
}

/** `expectedVersion` null means If-Match: * (any current version). */
export async function patchCustomer(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
  patch: CustomerPatch,
) {
  return versionedWrite(ctx, expectedVersion, {
    ...customerWrite(id),
    check: async (before, t) => {
      if (before.deletedAt) throw CustomerErrors.notFound();
      if (patch.ownerId !== undefined && patch.ownerId !== before.ownerId) {
        await assertAssignableOwner(t, patch.ownerId);
      }
    },
    change: async (before, t) => {
      const merged = { ...before, ...patch };
      if ((merged.latitude == null) !== (merged.longitude == null))
        throw CustomerErrors.latLonPaired();
      if (
        merged.visitMinDays != null &&
        merged.visitMaxDays != null &&
        merged.visitMinDays > merged.visitMaxDays
      ) {
        throw CustomerErrors.minAboveMax();
      }
      const values =
        patch.name === undefined ? patch : { ...patch, searchGrams: indexGrams(patch.name) };
      const after = await updateCustomer(t.db, id, values);
      if (before.ownerId && after.ownerId && before.ownerId !== after.ownerId) {
        await handOverOpenWork(t.db, id, before.ownerId, after.ownerId);
      }
      return after;
    },
  });
}

/** What every write to a customer shares: its audit name, its locked read, its presenter. */
const customerWrite = (id: string) => ({
  entity: ENTITY,
  find: (t: ServiceContext) => findCustomer(t.db, t.scope, id, { forUpdate: true }),
  notFound: CustomerErrors.notFound,
  present: presentCustomer,
});

const softDelete =
  (deleted: boolean) => (ctx: ServiceContext, id: string, version: number | null) =>
    setDeleted(ctx, version, deleted, {
      ...customerWrite(id),
      notDeleted: CustomerErrors.notDeleted,
      change: (_before, t) => updateCustomer(t.db, id, { deletedAt: deleted ? new Date() : null }),
    });
export const deleteCustomer = softDelete(true);
export const restoreCustomer = softDelete(false);

function sortValue(row: CustomerRow, sort: CustomerSortKey): string {
  return sort === "name" ? row.name : row[sort].toISOString();
}

export async function searchCustomers(ctx: ServiceContext, query: CustomerListQuery) {
  const descending = query.sort.startsWith("-");
  const sort = query.sort.replace(/^-/, "") as CustomerSortKey;
  const filter: CustomerListFilter = {
    deleted: query.deleted === "true",
    status: query.status,
    tier: query.tier,
    ownerId: query.ownerId,
    tag: query.tag,
    city: query.city,
    updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined,
    sort,
    descending,
    limit: query.limit + 1,
  };
  if (query.q) {
    const lowered = query.q.toLowerCase();
    if (hasHan(lowered)) filter.grams = { grams: queryGrams(lowered), text: lowered };
    else filter.text = lowered;
  }
  // A fuzzy page carries its mode in the cursor, so that later pages stay fuzzy.
  const fuzzySort = `${query.sort}~fuzzy`;
  const kind = sort === "name" ? "text" : "timestamp";
  const fuzzyCursor = query.cursor ? parseCursor(query.cursor, fuzzySort, kind) : null;
  const after = fuzzyCursor ?? readCursor(query.cursor, query.sort, kind);
  filter.after = after;
  if (fuzzyCursor) filter.fuzzy = true;
  let rows = await listCustomers(ctx.db, ctx.scope, filter);
  // Substring matches first; only when there are none, typo-tolerant trigram matches.
  if (filter.text && !filter.fuzzy && !query.cursor && rows.length === 0) {
    filter.fuzzy = true;
    rows = await listCustomers(ctx.db, ctx.scope, filter);
  }
  if (filter.fuzzy) return toPage(rows, query.limit, fuzzySort, (r) => sortValue(r, sort));
  return toPage(rows, query.limit, query.sort, (r) => sortValue(r, sort));
}
