import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { pageLimit, problemSchema, uuid } from "../common/fields.ts";
import { AUDIT_ENTITIES, auditHistory } from "./audit.service.ts";

const auditEventSchema = z
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

export async function auditRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/audit-events",
    {
      schema: {
        tags: ["audit"],
        summary: "The change history of one record, oldest first",
        querystring: z.strictObject({
          entityType: z.enum(AUDIT_ENTITIES),
          entityId: uuid,
          after: z.coerce.number().int().min(0).optional(),
          limit: pageLimit,
        }),
        response: {
          200: z.object({ items: z.array(auditEventSchema), nextCursor: z.string().nullable() }),
          400: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const page = await auditHistory(serviceContext(deps, request), request.query);
      return {
        items: page.items.map((r) => ({ ...r, at: r.at.toISOString() })),
        nextCursor: page.nextCursor,
      };
    },
  );
}
