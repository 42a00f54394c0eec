import { index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { tstz } from "./common.ts";

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    /** Who sent it (user id, or "anonymous"): keys are per caller. */
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    /** Method and route pattern, so one key cannot replay on another endpoint. */
    endpoint: text("endpoint").notNull(),
    requestHash: text("request_hash").notNull(),
    state: text("state", { enum: ["running", "done"] }).notNull(),
    responseStatus: integer("response_status"),
    responseBody: jsonb("response_body"),
    responseHeaders: jsonb("response_headers").$type<Record<string, string>>(),
    createdAt: tstz("created_at").notNull().defaultNow(),
    expiresAt: tstz("expires_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    index("idempotency_expires_idx").on(t.expiresAt),
  ],
);
