import { z } from "zod";
import { pageLimit, uuid } from "../common/fields.ts";
import { AUDIT_ENTITIES } from "./audit-history.service.ts";

export const auditQuerySchema = z.strictObject({
  entityType: z.enum(AUDIT_ENTITIES),
  entityId: uuid,
  after: z.coerce.number().int().min(0).optional(),
  limit: pageLimit,
});

export const auditEventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    action: z.enum(["create", "update", "delete", "restore"]),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: "AuditEvent" });

export const auditPageSchema = z.object({
  items: z.array(auditEventSchema),
  nextCursor: z.string().nullable(),
});
