import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { presentPage } from "../../http/route-kit.ts";
import { problemSchema } from "../common/fields.ts";
import { auditPageSchema, auditQuerySchema } from "./audit.schema.ts";
import { auditHistory } from "./audit.service.ts";

export async function auditRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/audit-events",
    {
      schema: {
        tags: ["audit"],
        summary: "The change history of one record, oldest first",
        querystring: auditQuerySchema,
        // 404 with no id in the path: the record the query names is not one you can see.
        response: { 200: auditPageSchema, 404: problemSchema },
      },
    },
    async (request) =>
      presentPage(await auditHistory(request.ctx, request.query), (r) => ({
        ...r,
        at: r.at.toISOString(),
      })),
  );
}
