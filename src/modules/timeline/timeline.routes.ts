import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { readerOf } from "../../http/reader.ts";
import { idParams } from "../common/fields.ts";
import { timelinePageSchema, timelineQuerySchema } from "./timeline.schema.ts";
import { customerTimeline } from "./timeline.service.ts";

export async function timelineRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/customers/:id/timeline",
    {
      schema: {
        tags: ["timeline"],
        summary: "Everything that happened with a customer, newest first, in one typed stream",
        params: idParams,
        querystring: timelineQuerySchema,
        response: { 200: timelinePageSchema },
      },
    },
    async (request) =>
      customerTimeline(request.ctx, request.params.id, request.query, readerOf(request)),
  );
}
