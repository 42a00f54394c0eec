import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { lifecycleColumns, tstz } from "./common.ts";
import { customers } from "./customers.ts";

export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    name: text("name").notNull(),
    title: text("title"),
    phone: text("phone"),
    email: text("email"),
    wechatId: text("wechat_id"),
    isPrimary: boolean("is_primary").notNull().default(false),
    notes: text("notes"),
    deletedAt: tstz("deleted_at"),
    ...lifecycleColumns(),
  },
  (t) => [
    index("contacts_customer_idx").on(t.customerId, t.name, t.id),
    // At most one live primary contact per customer; the service unsets the old one.
    uniqueIndex("contacts_one_primary_key")
      .on(t.customerId)
      .where(sql`${t.isPrimary} and ${t.deletedAt} is null`),
  ],
);
