import { AppError } from "../../errors.ts";
import { policies } from "../access/policies.ts";
import type { ServiceContext } from "../common/context.ts";
import { communicationInScope } from "../communications/communications.service.ts";
import { contactInScope } from "../contacts/contacts.service.ts";
import { customerInScope } from "../customers/customers.service.ts";
import { followUpInScope } from "../follow-ups/follow-ups.service.ts";
import { needInScope } from "../needs/needs.service.ts";
import { userExists } from "../users/users.service.ts";
import { visitInScope } from "../visits/visits.service.ts";
import { listAuditEvents } from "./audit.repository.ts";

export const AUDIT_ENTITIES = [
  "customer",
  "contact",
  "communication",
  "need",
  "follow_up",
  "visit",
  "user",
  "team",
  "strategy",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/**
 * History is readable by whoever can read the record: the owning module's scope rule, so the
 * audit trail cannot become a side door to another rep's customers.
 */
async function assertVisible(ctx: ServiceContext, type: AuditEntity, id: string) {
  const notFound = new AppError("not_found", "record_not_found", "No such record.");
  const admin = policies.readAllAudit(ctx.actor);
  const inScope: Record<AuditEntity, () => Promise<boolean>> = {
    customer: () => customerInScope(ctx, id),
    contact: () => contactInScope(ctx, id),
    communication: () => communicationInScope(ctx, id),
    need: () => needInScope(ctx, id),
    follow_up: () => followUpInScope(ctx, id),
    visit: () => visitInScope(ctx, id),
    user: async () => policies.readUserHistory(ctx.actor, id) && (await userExists(ctx, id)),
    // Company configuration: its history is an admin's.
    team: async () => admin,
    strategy: async () => admin,
  };
  if (!(await inScope[type]())) throw notFound;
}

/** One record's history, oldest first, keyset-paginated by event id. */
export async function auditHistory(
  ctx: ServiceContext,
  q: { entityType: AuditEntity; entityId: string; after?: number; limit: number },
) {
  await assertVisible(ctx, q.entityType, q.entityId);
  const rows = await listAuditEvents(ctx.db, {
    entityType: q.entityType,
    entityId: q.entityId,
    afterId: q.after,
    limit: q.limit + 1,
  });
  const items = rows.slice(0, q.limit);
  return { items, nextCursor: rows.length > q.limit ? String(items.at(-1)?.id) : null };
}
