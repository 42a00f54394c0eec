import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { lifecycleColumns, tstz } from "./common.ts";
import { users } from "./users.ts";

export type TimeWindow = { from: string; to: string };
export type VisitWindows = Partial<
  Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", TimeWindow[]>
>;

export const customers = pgTable(
  "customers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: ["company", "person"] }).notNull(),
    name: text("name").notNull(),
    tier: text("tier").notNull().default("C"),
    status: text("status", { enum: ["lead", "active", "dormant", "lost"] })
      .notNull()
      .default("lead"),
    ownerId: uuid("owner_id").references(() => users.id),
    industry: text("industry"),
    source: text("source"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    address: text("address"),
    city: text("city"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    phone: text("phone"),
    email: text("email"),
    visitWindows: jsonb("visit_windows").$type<VisitWindows>(),
    visitDurationMin: integer("visit_duration_min"),
    visitMinDays: integer("visit_min_days"),
    visitMaxDays: integer("visit_max_days"),
    notes: text("notes"),
    /** When the last visit was completed (kept by the visits service, for cadence). */
    lastVisitedAt: tstz("last_visited_at"),
    /** Value for planning priority, in integer minor units (e.g. yearly revenue). */
    valueCents: bigint("value_cents", { mode: "number" }),
    /**
     * Everything a customer is found by, folded (domain/text/customer-search): name, city,
     * e-mail, phone digits, and its live contacts' names, e-mails and phone digits;
     * trigram-indexed. Written by the application with every change to the
     * customer or its contacts.
     */
    searchText: text("search_text").notNull().default(""),
    /**
     * Pinyin (full and initials) of the name, city and contacts' names, one line each: apart
     * from the text, because a pinyin search walks its gram in name order (customer_grams)
     * and reads this column only to check the rows it walks, or through its own trigram index
     * when the walk finds too few.
     */
    searchPinyin: text("search_pinyin").notNull().default(""),
    /**
     * The name's sort key (pinyin for Han, folded otherwise), compared byte by byte: the
     * migration declares it COLLATE "C" so the order is the same on every server and PGlite.
     */
    sortKey: text("sort_key").notNull().default(""),
    /** The search composition the row was written with; older rows are recomputed on migrate. */
    searchVersion: smallint("search_version").notNull().default(0),
    /**
     * Han-character unigrams and bigrams of the name, city and contacts' names, computed by
     * the application (domain/text/cjk-grams). Trigrams cannot index one- or two-character
     * Chinese queries such as 华为; an array containment on bigrams can. Also the pinyin grams
     * ("p:hu", "i:hx") of the same names (domain/text/customer-search).
     */
    searchGrams: text("search_grams").array().notNull().default(sql`'{}'::text[]`),
    deletedAt: tstz("deleted_at"),
    ...lifecycleColumns(),
  },
  (t) => [
    check("customers_kind_check", sql`${t.kind} in ('company', 'person')`),
    check("customers_status_check", sql`${t.status} in ('lead', 'active', 'dormant', 'lost')`),
    check("customers_lat_check", sql`${t.latitude} between -90 and 90`),
    check("customers_lon_check", sql`${t.longitude} between -180 and 180`),
    index("customers_sort_idx").on(t.sortKey, t.id).where(sql`${t.deletedAt} is null`),
    index("customers_updated_idx").on(t.updatedAt, t.id).where(sql`${t.deletedAt} is null`),
    index("customers_created_idx").on(t.createdAt, t.id).where(sql`${t.deletedAt} is null`),
    index("customers_owner_sort_idx")
      .on(t.ownerId, t.sortKey, t.id)
      .where(sql`${t.deletedAt} is null`),
    index("customers_status_sort_idx")
      .on(t.status, t.sortKey, t.id)
      .where(sql`${t.deletedAt} is null`),
    index("customers_tier_sort_idx").on(t.tier, t.sortKey, t.id).where(sql`${t.deletedAt} is null`),
    index("customers_city_sort_idx").on(t.city, t.sortKey, t.id).where(sql`${t.deletedAt} is null`),
    index("customers_tags_idx").using("gin", t.tags),
    index("customers_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    index("customers_search_pinyin_trgm_idx").using("gin", t.searchPinyin.op("gin_trgm_ops")),
    index("customers_search_grams_idx").using("gin", t.searchGrams),
    // Rows written under an older search composition: empty once migrate has recomputed them.
    index("customers_search_stale_idx").on(t.id).where(sql`${t.searchVersion} < 1`),
    index("customers_deleted_idx").on(t.deletedAt, t.id).where(sql`${t.deletedAt} is not null`),
  ],
);

/**
 * One row per Han unigram/bigram of each customer's search grams, kept by a trigger from
 * `customers.search_grams` and `sort_key`. The btree on (gram, sort_key, id) serves a Chinese
 * search in name order straight from the index: a GIN index on the array can find the rows but not in order,
 * and a common two-character query (华信) can match tens of thousands of them.
 */
export const customerGrams = pgTable(
  "customer_grams",
  {
    gram: text("gram").notNull(),
    sortKey: text("sort_key").notNull(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.gram, t.sortKey, t.customerId] }),
    index("customer_grams_customer_idx").on(t.customerId),
  ],
);
