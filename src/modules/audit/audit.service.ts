import type { ServiceContext } from "../common/context.ts";
import { insertAuditEvent } from "./audit.repository.ts";

export type AuditAction = "create" | "update" | "delete" | "restore";

/**
 * Records a change. Call it with the same transaction as the change itself. Every module's
 * service writes through this, so it depends on no other module (reading the history, which
 * asks the owning modules who may see a record, is `audit-history.service.ts`).
 */
export async function audit(
  ctx: ServiceContext,
  action: AuditAction,
  entity: { type: string; id: string },
  before: object | null,
  after: object | null,
): Promise<void> {
  await insertAuditEvent(ctx.db, {
    actorId: ctx.actor?.id ?? null,
    action,
    entityType: entity.type,
    entityId: entity.id,
    before,
    after,
  });
}
