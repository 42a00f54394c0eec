import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { recordRoutes } from "../../http/record-routes.ts";
import { create, presentPage } from "../../http/route-kit.ts";
import { idParams } from "../common/fields.ts";
import { presentStrategy } from "./strategies.presenter.ts";
import {
  kpiSchema,
  runResultSchema,
  strategyCreateSchema,
  strategyListQuerySchema,
  strategyPageSchema,
  strategyPatchSchema,
  strategySchema,
} from "./strategies.schema.ts";
import {
  createStrategy,
  deleteStrategy,
  getStrategy,
  getStrategyKpis,
  listStrategiesPage,
  patchStrategy,
  runStrategy,
} from "./strategies.service.ts";

const tags = ["strategies"];

export async function strategyRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/strategies",
    {
      schema: {
        tags,
        summary: "List the strategies you can see (company-wide and your team's; admins all)",
        querystring: strategyListQuerySchema,
        response: { 200: strategyPageSchema },
      },
    },
    async ({ ctx, query }) => presentPage(await listStrategiesPage(ctx, query), presentStrategy),
  );

  app.post(
    "/strategies",
    {
      schema: {
        tags,
        summary: "Create a strategy (admins; managers for their team)",
        body: strategyCreateSchema,
        response: { 201: strategySchema },
      },
      config: { create: true },
    },
    (request, reply) =>
      create(deps, request, reply, (ctx) => createStrategy(ctx, request.body), presentStrategy),
  );

  recordRoutes(app, {
    path: "/strategies",
    noun: "strategy",
    tags,
    schema: strategySchema,
    patchSchema: strategyPatchSchema,
    present: presentStrategy,
    get: getStrategy,
    patch: patchStrategy,
  });

  // Not recordRoutes' remove: a deleted strategy has no restore.
  app.delete(
    "/strategies/:id",
    {
      schema: {
        tags,
        summary: "Delete a strategy (its follow-ups stay)",
        params: idParams,
        response: { 200: strategySchema },
      },
      config: { ifMatch: "required" },
    },
    async ({ ctx, params, expectedVersion }) =>
      presentStrategy(await deleteStrategy(ctx, params.id, expectedVersion)),
  );

  app.post(
    "/strategies/:id/run",
    {
      schema: {
        tags,
        summary:
          "Run a strategy for the current period: follow-ups for the matching customers in your scope (idempotent per period)",
        params: idParams,
        response: { 200: runResultSchema },
      },
    },
    async ({ ctx, params }) => runStrategy(ctx, params.id),
  );

  app.get(
    "/strategies/:id/kpis",
    {
      schema: {
        tags,
        summary: "A strategy's outcomes over the customers in your scope",
        params: idParams,
        response: { 200: kpiSchema },
      },
    },
    async ({ ctx, params }) => getStrategyKpis(ctx, params.id),
  );
}
