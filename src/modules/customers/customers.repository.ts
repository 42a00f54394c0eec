import {
  and,
  arrayContains,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { customerGrams, customers } from "../../db/schema/customers.ts";
import { ownerWithinScope } from "../../db/scope.ts";
import type { CustomerQuery } from "../../domain/text/customer-search.ts";
import type { CustomerScope } from "../access/scope.ts";

export type CustomerRow = typeof customers.$inferSelect;
export type CustomerInsert = typeof customers.$inferInsert;
export type CustomerUpdate = Partial<Omit<CustomerInsert, "id" | "createdAt" | "version">>;

export type CustomerSortKey = "name" | "createdAt" | "updatedAt";

/**
 * Which matches of a search a query asks for. With the default name order, name matches rank
 * first ("name", straight from a range of the sort-key index) and the rest follow ("rest");
 * any other order takes them together ("all"). "fuzzy" is the typo-tolerant fallback.
 */
export type SearchTier = "name" | "rest" | "all" | "fuzzy";

export type CustomerListFilter = {
  deleted: boolean;
  status?: string[];
  tier?: string[];
  ownerId?: string;
  tag?: string;
  city?: string;
  updatedSince?: Date;
  search?: { query: CustomerQuery; tier: SearchTier };
  sort: CustomerSortKey;
  descending: boolean;
  after?: { value: string; id: string };
  limit: number;
};

const SORT_COLUMNS = {
  name: customers.sortKey,
  createdAt: customers.createdAt,
  updatedAt: customers.updatedAt,
} as const;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function insertCustomer(ex: Executor, values: CustomerInsert): Promise<CustomerRow> {
  const [row] = await ex.insert(customers).values(values).returning();
  return row!;
}

/** A customer outside the scope is not found, exactly like one that does not exist. */
export async function findCustomer(
  ex: Executor,
  scope: CustomerScope,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CustomerRow | undefined> {
  const q = ex
    .select()
    .from(customers)
    .where(and(eq(customers.id, id), ownerWithinScope(scope, customers.ownerId)));
  const [row] = opts.forUpdate ? await q.for("update") : await q;
  return row;
}

/** Callers must have found the row through `findCustomer` with their scope first. */
export async function updateCustomer(
  ex: Executor,
  id: string,
  values: CustomerUpdate,
): Promise<CustomerRow> {
  const [row] = await ex
    .update(customers)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${customers.version} + 1` })
    .where(eq(customers.id, id))
    .returning();
  return row!;
}

/** Above every character a sort key holds, so [prefix, prefix + TOP) is the prefix's range. */
const TOP = "\u{10FFFF}";

/** The customer's name starts with the query: a range of the sort-key index. */
function nameMatch(q: CustomerQuery): SQL {
  if (q.namePrefix === null) return sql`false`;
  const range = sql`${customers.sortKey} >= ${q.namePrefix} and ${customers.sortKey} < ${q.namePrefix + TOP}`;
  if (q.nameStart === null) return sql`(${range})`;
  // The folded name follows the key's last separator; homophones must not pass as name matches.
  return sql`(${range} and ${customers.sortKey} like ${`%\u0001${escapeLike(q.nameStart)}%`})`;
}

/**
 * The search text holds one of the query's forms. A Han query also asks for its grams, which
 * lets the GIN index find the rows, unless the rows already come from the gram table's walk.
 */
function textMatch(q: CustomerQuery, gramIndex: boolean): SQL {
  const likes = q.patterns.map((p) => sql`${customers.searchText} like ${`%${escapeLike(p)}%`}`);
  const any = sql`(${sql.join(likes, sql` or `)})`;
  return q.grams && gramIndex
    ? sql`(${any} and ${arrayContains(customers.searchGrams, q.grams)})`
    : any;
}

function searchCondition(q: CustomerQuery, tier: SearchTier, gramIndex: boolean): SQL {
  switch (tier) {
    case "name":
      return nameMatch(q);
    case "rest":
      return sql`(${textMatch(q, gramIndex)} and not ${nameMatch(q)})`;
    case "all":
      // A Han name match is always a text match too (its folded name is in the text).
      return q.grams
        ? textMatch(q, gramIndex)
        : sql`(${nameMatch(q)} or ${textMatch(q, gramIndex)})`;
    case "fuzzy":
      return sql`${q.patterns[0] ?? ""} <% ${customers.searchText}`;
  }
}

function filterConditions(
  scope: CustomerScope,
  f: CustomerListFilter,
  gramIndex = true,
): (SQL | undefined)[] {
  const conds: (SQL | undefined)[] = [
    ownerWithinScope(scope, customers.ownerId),
    f.deleted ? isNotNull(customers.deletedAt) : isNull(customers.deletedAt),
  ];
  if (f.status) conds.push(inArray(customers.status, f.status as CustomerRow["status"][]));
  if (f.tier) conds.push(inArray(customers.tier, f.tier));
  if (f.ownerId) conds.push(eq(customers.ownerId, f.ownerId));
  if (f.tag) conds.push(arrayContains(customers.tags, [f.tag]));
  if (f.city) conds.push(eq(customers.city, f.city));
  if (f.updatedSince) conds.push(gte(customers.updatedAt, f.updatedSince));
  if (f.search) conds.push(searchCondition(f.search.query, f.search.tier, gramIndex));
  return conds;
}

/**
 * How many rows, in list order, a search reads from the sort index before it gives up on the
 * walk. Walking the index in order and filtering is the fastest plan while matches are spread
 * evenly, but matches cluster in name order (every "shanghai…huaxin…" name sorts after half a
 * million Munich names), and the planner, assuming an even spread, would walk them all.
 */
const WALK_WINDOW = 2000;

export async function listCustomers(
  ex: Executor,
  scope: CustomerScope,
  f: CustomerListFilter,
): Promise<CustomerRow[]> {
  const grams = f.search?.query.grams;
  if (grams && f.sort === "name" && f.search?.tier !== "name")
    return listByGram(ex, scope, f, grams);
  const conds = filterConditions(scope, { ...f, search: undefined });
  const col = SORT_COLUMNS[f.sort];
  if (f.after) {
    const value = f.sort === "name" ? sql`${f.after.value}` : sql`${f.after.value}::timestamptz`;
    conds.push(
      f.descending
        ? sql`(${col}, ${customers.id}) < (${value}, ${f.after.id}::uuid)`
        : sql`(${col}, ${customers.id}) > (${value}, ${f.after.id}::uuid)`,
    );
  }
  const dir = f.descending ? desc : asc;
  const search = f.search;
  // Without a search, or for name matches (a range of the sort index itself), one ordered walk.
  if (!search || search.tier === "name") {
    const match = search ? searchCondition(search.query, search.tier, true) : undefined;
    return ex
      .select()
      .from(customers)
      .where(and(...conds, match))
      .orderBy(dir(col), dir(customers.id))
      .limit(f.limit);
  }
  const match = searchCondition(search.query, search.tier, true);
  // First the next WALK_WINDOW rows in order, filtered. The subquery takes the table's name,
  // so the search condition's column references resolve to it.
  const window = ex
    .select()
    .from(customers)
    .where(and(...conds))
    .orderBy(dir(col), dir(customers.id))
    .limit(WALK_WINDOW)
    .as("customers");
  const walked = await ex
    .select()
    .from(window)
    .where(match)
    .orderBy(dir(f.sort === "name" ? window.sortKey : window[f.sort]), dir(window.id))
    .limit(f.limit);
  if (walked.length === f.limit) return walked;
  // Sparse matches: find them all through the search indexes and sort them. Ordering by an
  // expression keeps the planner off the walk it would otherwise pick.
  const unindexed = f.sort === "name" ? sql`${col} || ''` : sql`${col} + interval '0'`;
  return ex
    .select()
    .from(customers)
    .where(and(...conds, match))
    .orderBy(dir(unindexed), dir(customers.id))
    .limit(f.limit);
}

/** How many rows each gram has, counted only up to `cap` (an index-only probe per gram). */
async function rarestGram(ex: Executor, grams: string[], cap = 5000): Promise<string> {
  if (grams.length === 1) return grams[0]!;
  let best = grams[0]!;
  let bestCount = Number.POSITIVE_INFINITY;
  for (const g of grams) {
    const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(
      ex
        .select({ one: sql`1`.as("one") })
        .from(customerGrams)
        .where(eq(customerGrams.gram, g))
        .limit(cap)
        .as("probe"),
    );
    const n = row?.n ?? 0;
    if (n < bestCount) {
      best = g;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Chinese search in name order: walk the (gram, sort_key, id) index of the query's rarest gram
 * and keep the rows whose text holds the whole query. Reads about as many index entries as the
 * page needs, however common the gram.
 */
async function listByGram(
  ex: Executor,
  scope: CustomerScope,
  f: CustomerListFilter,
  grams: string[],
): Promise<CustomerRow[]> {
  const gram = await rarestGram(ex, grams);
  const conds = [...filterConditions(scope, f, false), eq(customerGrams.gram, gram)];
  if (f.after) {
    conds.push(
      f.descending
        ? sql`(${customerGrams.sortKey}, ${customerGrams.customerId}) < (${f.after.value}, ${f.after.id}::uuid)`
        : sql`(${customerGrams.sortKey}, ${customerGrams.customerId}) > (${f.after.value}, ${f.after.id}::uuid)`,
    );
  }
  const dir = f.descending ? desc : asc;
  const rows = await ex
    .select({ customer: customers })
    .from(customerGrams)
    .innerJoin(customers, eq(customers.id, customerGrams.customerId))
    .where(and(...conds))
    .orderBy(dir(customerGrams.sortKey), dir(customerGrams.customerId))
    .limit(f.limit);
  return rows.map((r) => r.customer);
}
