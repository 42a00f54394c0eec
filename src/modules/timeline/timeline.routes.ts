import type { FastifyInstance } from "fastify";
import { listRoute } from "../../http/list-route.ts";
import { timelinePageSchema, timelineQuerySchema } from "./timeline.schema.ts";
import { customerTimeline } from "./timeline.service.ts";

export async function timelineRoutes(app: FastifyInstance) {
  listRoute(app, {
    path: "/customers/:id/timeline",
    tags: ["timeline"],
    summary: "Everything that happened with a customer, newest first, in one typed stream",
    query: timelineQuerySchema,
    schema: timelinePageSchema,
    list: (ctx, query, customerId, reader) => customerTimeline(ctx, customerId, query, reader),
    // The service presents the entries: each kind with its own module's presenter.
    present: (entry) => entry,
  });
}
