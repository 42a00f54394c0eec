import {
  type AnyColumn,
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

const anyLike = (column: AnyColumn, patterns: string[]) =>
  sql`(${sql.join(
    patterns.map((p) => sql`${column} like ${`%${escapeLike(p)}%`}`),
    sql` or `,
  )})`;

/**
 * The search text holds one of the query's forms. A Han query also asks for its grams, which
 * lets the GIN index find the rows, unless the rows already come from the gram table's walk.
 */
function textMatch(q: CustomerQuery, gramIndex: boolean): SQL {
  const any = anyLike(customers.searchText, q.patterns);
  return q.grams && gramIndex
    ? sql`(${any} and ${arrayContains(customers.searchGrams, q.grams)})`
    : any;
}

/**
 * A match through one reading of the query as pinyin: the row has the gram and the letters.
 * Rows read from the gram's own walk have the gram already; saying so again would only mislead
 * the planner about how many rows match.
 */
function pinyinMatch(q: CustomerQuery, gram: string, gramIndex: boolean): SQL {
  const letters = anyLike(customers.searchPinyin, q.pinyin?.patterns ?? []);
  return gramIndex
    ? sql`(${arrayContains(customers.searchGrams, [gram])} and ${letters})`
    : letters;
}

/** One way a search finds rows: its text (with the name), or one pinyin reading. */
type Route = { kind: "text" } | { kind: "pinyin"; gram: string };

function routeMatch(q: CustomerQuery, route: Route, tier: SearchTier, gramIndex: boolean): SQL {
  const found =
    route.kind === "pinyin"
      ? pinyinMatch(q, route.gram, gramIndex)
      : tier === "all" && !q.grams
        ? sql`(${nameMatch(q)} or ${textMatch(q, gramIndex)})`
        : textMatch(q, gramIndex);
  return tier === "rest" ? sql`(${found} and not ${nameMatch(q)})` : found;
}

function routes(q: CustomerQuery): Route[] {
  return [
    { kind: "text" },
    ...(q.pinyin?.grams ?? []).map((gram): Route => ({ kind: "pinyin", gram })),
  ];
}

function searchCondition(q: CustomerQuery, tier: SearchTier): SQL {
  if (tier === "name") return nameMatch(q);
  if (tier === "fuzzy") return sql`${q.patterns[0] ?? ""} <% ${customers.searchText}`;
  const ways = routes(q).map((r) => routeMatch(q, r, tier, true));
  return sql`(${sql.join(ways, sql` or `)})`;
}

/** Scope, trash and the list's filters: everything but the search and the keyset. */
function filterConditions(scope: CustomerScope, f: CustomerListFilter): (SQL | undefined)[] {
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
  return conds;
}

/**
 * How many rows, in list order, a search reads from an index walk before it gives up on the
 * walk. Walking in order and filtering is the fastest plan while matches are spread evenly,
 * but matches cluster in name order (every "shanghai…" name sorts after half a million Munich
 * names), and the planner, assuming an even spread, would walk them all.
 */
const WALK_WINDOW = 2000;

function afterCondition(f: CustomerListFilter, col: AnyColumn, idCol: AnyColumn): SQL | undefined {
  if (!f.after) return undefined;
  const value = f.sort === "name" ? sql`${f.after.value}` : sql`${f.after.value}::timestamptz`;
  return f.descending
    ? sql`(${col}, ${idCol}) < (${value}, ${f.after.id}::uuid)`
    : sql`(${col}, ${idCol}) > (${value}, ${f.after.id}::uuid)`;
}

export async function listCustomers(
  ex: Executor,
  scope: CustomerScope,
  f: CustomerListFilter,
): Promise<CustomerRow[]> {
  const col = SORT_COLUMNS[f.sort];
  const conds = [...filterConditions(scope, f), afterCondition(f, col, customers.id)];
  const dir = f.descending ? desc : asc;
  const search = f.search;
  // Without a search, or for name matches (a range of the sort index itself), one ordered walk.
  if (!search || search.tier === "name") {
    return ex
      .select()
      .from(customers)
      .where(and(...conds, search ? nameMatch(search.query) : undefined))
      .orderBy(dir(col), dir(customers.id))
      .limit(f.limit);
  }
  if (f.sort !== "name" || search.tier === "fuzzy") {
    return walkThenSearch(ex, f, conds, searchCondition(search.query, search.tier));
  }
  // In name order, each way of matching is listed on its own, by the index that serves it in
  // that order, and the lists are merged: a pinyin reading walks its gram, Han text its rarest
  // bigram, other text the sort index.
  const q = search.query;
  const lists = await Promise.all(
    routes(q).map((route) => {
      if (route.kind === "pinyin") {
        return walkPinyinGram(ex, scope, f, route.gram, (gramIndex) =>
          routeMatch(q, route, search.tier, gramIndex),
        );
      }
      if (q.grams)
        return listByGram(ex, scope, f, q.grams, routeMatch(q, route, search.tier, false));
      return walkThenSearch(ex, f, conds, routeMatch(q, route, search.tier, true));
    }),
  );
  return lists.length === 1 ? lists[0]! : mergeByName(lists, f.descending, f.limit);
}

/** Byte order, as the sort key's COLLATE "C" compares; ties by id, as uuid order. */
function compareByName(a: CustomerRow, b: CustomerRow): number {
  const byKey = Buffer.compare(Buffer.from(a.sortKey), Buffer.from(b.sortKey));
  if (byKey !== 0) return byKey;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Each list holds its first `limit` rows after the same position, so their merge's do too. */
function mergeByName(lists: CustomerRow[][], descending: boolean, limit: number): CustomerRow[] {
  const seen = new Set<string>();
  const rows = lists.flat().filter((r) => !seen.has(r.id) && seen.add(r.id));
  rows.sort((a, b) => (descending ? -compareByName(a, b) : compareByName(a, b)));
  return rows.slice(0, limit);
}

/**
 * The next WALK_WINDOW rows in list order, filtered by the search; when they hold too few
 * matches, every match through the search indexes, sorted. Exact either way: a full window
 * of matches is the first of them, since no row before its end was skipped.
 */
async function walkThenSearch(
  ex: Executor,
  f: CustomerListFilter,
  conds: (SQL | undefined)[],
  match: SQL,
): Promise<CustomerRow[]> {
  const col = SORT_COLUMNS[f.sort];
  const dir = f.descending ? desc : asc;
  // The subquery takes the table's name, so the search condition's columns resolve to it.
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
  // Ordering by an expression keeps the planner off the walk it would otherwise pick.
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
  match: SQL,
): Promise<CustomerRow[]> {
  const gram = await rarestGram(ex, grams);
  const dir = f.descending ? desc : asc;
  const rows = await ex
    .select({ customer: customers })
    .from(customerGrams)
    .innerJoin(customers, eq(customers.id, customerGrams.customerId))
    .where(
      and(
        ...filterConditions(scope, f),
        eq(customerGrams.gram, gram),
        afterCondition(f, customerGrams.sortKey, customerGrams.customerId),
        match,
      ),
    )
    .orderBy(dir(customerGrams.sortKey), dir(customerGrams.customerId))
    .limit(f.limit);
  return rows.map((r) => r.customer);
}

/**
 * A pinyin reading in name order: the next WALK_WINDOW rows of its gram (an index-only read
 * of the gram table), then those customers by id, filtered. Two steps, so that the planner
 * cannot trade the 2,000 lookups for a scan of every match (it did: 660 ms for 华信's 28 k).
 * A window with too few matches, of a gram with more rows, falls back to the GIN (grams) and
 * trigram (pinyin) indexes, which then find few rows.
 */
async function walkPinyinGram(
  ex: Executor,
  scope: CustomerScope,
  f: CustomerListFilter,
  gram: string,
  match: (gramIndex: boolean) => SQL,
): Promise<CustomerRow[]> {
  const dir = f.descending ? desc : asc;
  const conds = filterConditions(scope, f);
  const window = await ex
    .select({ customerId: customerGrams.customerId })
    .from(customerGrams)
    .where(
      and(
        eq(customerGrams.gram, gram),
        afterCondition(f, customerGrams.sortKey, customerGrams.customerId),
      ),
    )
    .orderBy(dir(customerGrams.sortKey), dir(customerGrams.customerId))
    .limit(WALK_WINDOW);
  // Dense matches fill a page from the window's first rows: read those first, the rest only
  // if needed (each row read is a heap fetch). Matches in the first part all sort before any
  // in the second, so the parts' results simply follow each other.
  const ids = window.map((w) => w.customerId);
  const first = f.limit * 4;
  let rows: CustomerRow[] = [];
  for (const part of [ids.slice(0, first), ids.slice(first)]) {
    if (part.length === 0 || rows.length === f.limit) break;
    const found = await ex
      .select()
      .from(customers)
      .where(and(inArray(customers.id, part), ...conds, match(false)))
      .orderBy(dir(customers.sortKey), dir(customers.id))
      .limit(f.limit - rows.length);
    rows = rows.concat(found);
  }
  // A full page, or a window that held the gram's every remaining row, is the whole answer.
  if (rows.length === f.limit || window.length < WALK_WINDOW) return rows;
  return ex
    .select()
    .from(customers)
    .where(and(...conds, afterCondition(f, customers.sortKey, customers.id), match(true)))
    .orderBy(dir(sql`${customers.sortKey} || ''`), dir(customers.id))
    .limit(f.limit);
}
