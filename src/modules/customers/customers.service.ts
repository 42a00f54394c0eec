import { encodeCursor, readStagedCursor } from "../../domain/pagination.ts";
import { customerQuery, customerSearchFields } from "../../domain/text/customer-search.ts";
import { assertAssignable } from "../access/assignable.ts";
import { policies } from "../access/policies.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { setDeleted, versionedWrite } from "../common/write.ts";
import { refreshCustomerSearch } from "./customer-search.service.ts";
import { CustomerErrors } from "./customers.errors.ts";
import { presentCustomer } from "./customers.presenter.ts";
import {
  type CustomerListFilter,
  type CustomerRow,
  type CustomerSortKey,
  findCustomer,
  insertCustomer,
  listCustomers,
  type SearchTier,
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
      ...customerSearchFields({
        kind: input.kind,
        name: input.name,
        city: input.city ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        contacts: [],
      }),
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

/** The fields the search text and sort key are made of (with the contacts'). */
const SEARCHED_FIELDS = ["kind", "name", "city", "email", "phone"] as const;

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
      const after = await updateCustomer(t.db, id, patch);
      if (SEARCHED_FIELDS.some((k) => patch[k] !== undefined && patch[k] !== before[k])) {
        await refreshCustomerSearch(t.db, [id]);
      }
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
  return sort === "name" ? row.sortKey : row[sort].toISOString();
}

type Staged = { row: CustomerRow; stage: string };

/**
 * Lists customers, or searches them with `q`. In the default name order a search is ranked:
 * customers whose name starts with the query (exact matches first, since a whole name sorts
 * before its longer continuations) and then every other match, each part in name order. A
 * cursor names the part it was made in (`name~name`, `name~rest`), so that paging walks the
 * first part to its end and then the second from its start — keyset pages stay exact.
 * Substring matches come first; only when a search finds nothing at all does it fall back to
 * typo-tolerant trigram matches (`~fuzzy`), which later pages keep.
 */
export async function searchCustomers(ctx: ServiceContext, query: CustomerListQuery) {
  const descending = query.sort.startsWith("-");
  const sort = query.sort.replace(/^-/, "") as CustomerSortKey;
  const kind = sort === "name" ? "text" : "timestamp";
  const base: CustomerListFilter = {
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
  const q = query.q ? customerQuery(query.q) : null;
  const list = (tier: SearchTier | null, after: CustomerListFilter["after"], limit: number) =>
    listCustomers(ctx.db, ctx.scope, {
      ...base,
      after,
      limit,
      search: tier && q ? { query: q, tier } : undefined,
    });
  const ranked = q !== null && query.sort === "name";
  const stage = (tier: SearchTier) => `${query.sort}~${tier}`;
  const stages = !q
    ? [query.sort]
    : ranked
      ? [stage("name"), stage("rest"), stage("fuzzy")]
      : [query.sort, stage("fuzzy")];
  const cursor = readStagedCursor(query.cursor, stages, kind);
  const from = cursor?.stage ?? stages[0]!;
  const after = cursor?.position;
  const want = query.limit + 1;

  let rows: Staged[] = [];
  const take = async (s: string, tier: SearchTier | null, position: typeof after) => {
    const got = await list(tier, position, want - rows.length);
    rows = rows.concat(got.map((row) => ({ row, stage: s })));
  };
  if (!q) await take(from, null, after);
  else if (from === stage("fuzzy")) await take(from, "fuzzy", after);
  else if (!ranked) await take(from, "all", after);
  else {
    // Name matches, then (once they run out) the other matches from their start.
    if (from === stage("name") && q.namePrefix !== null) await take(from, "name", after);
    if (rows.length < want)
      await take(stage("rest"), "rest", from === stage("rest") ? after : undefined);
  }
  if (q?.fuzzy && !query.cursor && rows.length === 0) {
    await take(stage("fuzzy"), "fuzzy", undefined);
  }

  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => r.row),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ sort: last.stage, value: sortValue(last.row, sort), id: last.row.id })
        : null,
  };
}
