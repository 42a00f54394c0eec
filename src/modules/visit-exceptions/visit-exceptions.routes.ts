import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { listRoute } from "../../http/list-route.ts";
import { presentCounts, presentException } from "./visit-exceptions.presenter.ts";
import {
  exceptionCountQuerySchema,
  exceptionCountsSchema,
  exceptionQuerySchema,
  visitExceptionPageSchema,
} from "./visit-exceptions.schema.ts";
import { exceptionCounts, visitExceptions } from "./visit-exceptions.service.ts";

const tags = ["visits"];

/** What a manager reviews: visits out of radius, unverified, early or late, missed, short. */
export async function visitExceptionRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const settings = deps.config.visits;

  listRoute(app, {
    path: "/visit-exceptions",
    tags,
    summary:
      "Visits with exceptions (out of radius, unverified, early, late, missed, short), latest first",
    description:
      "Reps see their own, managers their team's, admins everyone's. Definitions: docs/visits.md.",
    query: exceptionQuerySchema,
    schema: visitExceptionPageSchema,
    // Missed or not is judged at the instant the query used.
    list: (ctx, query, _parentId, { now }) => visitExceptions(ctx, query, settings, now),
    present: (row, { now }) => presentException(row, now),
    // A rep or team out of the caller's reach.
    namesRecord: true,
  });

  app.get(
    "/visit-exceptions/counts",
    {
      schema: {
        tags,
        summary: "Visits with each kind of exception, per rep in reach and in total",
        querystring: exceptionCountQuerySchema,
        response: { 200: exceptionCountsSchema },
      },
      // A rep or team out of the caller's reach.
      config: { namesRecord: true },
    },
    async ({ ctx, query }) => presentCounts(await exceptionCounts(ctx, query, settings)),
  );
}
