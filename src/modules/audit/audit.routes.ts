import type { FastifyInstance } from "fastify";
import { listRoute } from "../../http/list-route.ts";
import { presentAuditEvent } from "./audit.presenter.ts";
import { auditPageSchema, auditQuerySchema } from "./audit.schema.ts";
import { auditHistory } from "./audit-history.service.ts";

export async function auditRoutes(app: FastifyInstance) {
  listRoute(app, {
    path: "/audit-events",
    tags: ["audit"],
    summary: "The change history of one record, oldest first",
    query: auditQuerySchema,
    schema: auditPageSchema,
    list: auditHistory,
    present: presentAuditEvent,
    // The record the query names is not one you can see.
    namesRecord: true,
  });
}
