import { and, asc, eq, gt } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { auditEvents } from "../../db/schema/audit.ts";

export type AuditEventRow = typeof auditEvents.$inferSelect;
export type AuditEventInsert = Omit<typeof auditEvents.$inferInsert, "id" | "at">;

export async function insertAuditEvent(ex: Executor, event: AuditEventInsert): Promise<void> {
  await ex.insert(auditEvents).values(event);
}

export async function listAuditEvents(
  ex: Executor,
  f: { entityType: string; entityId: string; afterId?: number; limit: number },
): Promise<AuditEventRow[]> {
  return ex
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, f.entityType),
        eq(auditEvents.entityId, f.entityId),
        f.afterId === undefined ? undefined : gt(auditEvents.id, f.afterId),
      ),
    )
    .orderBy(asc(auditEvents.id))
    .limit(f.limit);
}
