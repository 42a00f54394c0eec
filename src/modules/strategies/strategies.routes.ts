import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { listRoute } from "../../http/list-route.ts";
import { recordAction, recordCreate, recordRoutes } from "../../http/record-routes.ts";
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

  listRoute(app, {
    path: "/strategies",
    tags,
    summary: "List the strategies you can see (company-wide and your team's; admins all)",
    query: strategyListQuerySchema,
    schema: strategyPageSchema,
    list: listStrategiesPage,
    present: presentStrategy,
  });

  recordCreate(app, deps, {
    path: "/strategies",
    tags,
    summary: "Create a strategy (admins; managers for their team)",
    body: strategyCreateSchema,
    schema: strategySchema,
    present: presentStrategy,
    run: (ctx, body) => createStrategy(ctx, body),
  });

  recordRoutes(app, {
    path: "/strategies",
    noun: "strategy",
    tags,
    schema: strategySchema,
    patchSchema: strategyPatchSchema,
    present: presentStrategy,
    get: getStrategy,
    patch: patchStrategy,
    // No restore: a deleted strategy is gone.
    remove: deleteStrategy,
    summaries: { remove: "Delete a strategy (its follow-ups stay)" },
  });

  recordAction(app, {
    path: "/strategies/:id/run",
    tags,
    summary:
      "Run a strategy for the current period: follow-ups for the matching customers in your scope (idempotent per period)",
    schema: runResultSchema,
    present: (result: Awaited<ReturnType<typeof runStrategy>>) => result,
    run: (ctx, id) => runStrategy(ctx, id),
  });

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
