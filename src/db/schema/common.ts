import { integer, timestamp } from "drizzle-orm/pg-core";

/**
 * Timestamps are `timestamptz(3)` in UTC: millisecond precision matches JavaScript dates, so
 * a keyset cursor built from a row's timestamp finds that row again exactly.
 */
export const tstz = (name: string) =>
  timestamp(name, { withTimezone: true, mode: "date", precision: 3 });

/** Columns every mutable entity carries: version drives ETag / If-Match. */
export const lifecycleColumns = () => ({
  createdAt: tstz("created_at").notNull().defaultNow(),
  updatedAt: tstz("updated_at").notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
