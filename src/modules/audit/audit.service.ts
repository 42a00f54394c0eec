import { AppError } from "../../errors.ts";
import { policies } from "../access/policies.ts";
import type { ServiceContext } from "../common/context.ts";
import { findCommunication } from "../communications/communications.repository.ts";
import { findContact } from "../contacts/contacts.repository.ts";
import { findCustomer } from "../customers/customers.repository.ts";
import { findFollowUp } from "../follow-ups/follow-ups.repository.ts";
import { findNeed } from "../needs/needs.repository.ts";
import { findUser } from "../users/users.repository.ts";
import { findVisit } from "../visits/visits.repository.ts";
import { insertAuditEvent, listAuditEvents } from "./audit.repository.ts";

export type AuditAction = "create" | "update" | "delete" | "restore";

/** Records a change. Call it with the same transaction as the change itself. */
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

/**
 * History is readable by whoever can read the record: the same scope rules, so the audit
 * trail cannot become a side door to another rep's customers.
 */
async function assertVisible(ctx: ServiceContext, type: AuditEntity, id: string) {
  const notFound = new AppError("not_found", "record_not_found", "No such record.");
  const admin = policies.readAllAudit(ctx.actor);
  const finders: Record<AuditEntity, () => Promise<unknown>> = {
    customer: () => findCustomer(ctx.db, ctx.scope, id),
    contact: () => findContact(ctx.db, ctx.scope, id),
    communication: () => findCommunication(ctx.db, ctx.scope, id),
    need: () => findNeed(ctx.db, ctx.scope, id),
    follow_up: () => findFollowUp(ctx.db, ctx.scope, id),
    visit: () => findVisit(ctx.db, ctx.scope, id),
    user: async () => {
      const u = await findUser(ctx.db, id);
      return u && (admin || ctx.actor?.id === u.id) ? u : undefined;
    },
    // Company configuration: its history is an admin's.
    team: async () => admin,
    strategy: async () => admin,
  };
  const visible = await finders[type]();
  if (!visible) throw notFound;
}

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
