import { bigint, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { tstz } from "./common.ts";

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: tstz("at").notNull().defaultNow(),
    actorId: uuid("actor_id"),
    action: text("action", { enum: ["create", "update", "delete", "restore"] }).notNull(),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [index("audit_entity_idx").on(t.entityType, t.entityId, t.id)],
);
