import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { problemSchema } from "../common/fields.ts";
import { presentCounts, presentExceptionPage } from "./visit-exceptions.presenter.ts";
import {
  exceptionCountQuerySchema,
  exceptionCountsSchema,
  exceptionQuerySchema,
  visitExceptionPageSchema,
} from "./visit-exceptions.schema.ts";
import { exceptionCounts, visitExceptions } from "./visit-exceptions.service.ts";

const tags = ["visits"];
// A rep or team out of the caller's reach is 404; the kit adds 404 only for ids in paths.
const notFound = { 404: problemSchema };

/** What a manager reviews: visits out of radius, unverified, early or late, missed, short. */
export async function visitExceptionRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const settings = deps.config.visits;

  app.get(
    "/visit-exceptions",
    {
      schema: {
        tags,
        summary:
          "Visits with exceptions (out of radius, unverified, early, late, missed, short), latest first",
        description:
          "Reps see their own, managers their team's, admins everyone's. Definitions: docs/visits.md.",
        querystring: exceptionQuerySchema,
        response: { 200: visitExceptionPageSchema, ...notFound },
      },
    },
    async ({ ctx, query }) => {
      const now = new Date();
      return presentExceptionPage(await visitExceptions(ctx, query, settings, now), now);
    },
  );

  app.get(
    "/visit-exceptions/counts",
    {
      schema: {
        tags,
        summary: "Visits with each kind of exception, per rep in reach and in total",
        querystring: exceptionCountQuerySchema,
        response: { 200: exceptionCountsSchema, ...notFound },
      },
    },
    async ({ ctx, query }) => presentCounts(await exceptionCounts(ctx, query, settings)),
  );
}
