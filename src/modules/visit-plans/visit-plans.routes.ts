import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { sendCreate, serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { presentPlan } from "./visit-plans.presenter.ts";
import { planCreateSchema, planSchema } from "./visit-plans.schema.ts";
import { createPlan, getPlan, publishPlan } from "./visit-plans.service.ts";

const tags = ["visit plans"];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema };

export async function visitPlanRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/visit-plans",
    {
      schema: {
        tags,
        summary: "Plan visits for reps over days; runs as a background job (poll GET …/{id})",
        headers: z.object({ "idempotency-key": z.string().optional() }),
        body: planCreateSchema,
        response: { 202: planSchema, 409: problemSchema, 422: problemSchema, ...errors },
      },
    },
    (request, reply) =>
      sendCreate(deps, request, reply, async (ctx) => {
        const row = await createPlan(ctx, request.body);
        return {
          status: 202,
          body: presentPlan(row),
          headers: { location: `/api/v1/visit-plans/${row.id}` },
        };
      }),
  );

  app.get(
    "/visit-plans/:id",
    {
      schema: {
        tags,
        summary:
          "A plan's state and progress; when draft, the routes, reasons, totals and who was left out",
        params: idParams,
        response: { 200: planSchema, ...errors },
      },
    },
    async (request) => presentPlan(await getPlan(serviceContext(deps, request), request.params.id)),
  );

  app.post(
    "/visit-plans/:id/publish",
    {
      schema: {
        tags,
        summary: "Publish a draft: creates the planned visits, replacing movable ones",
        params: idParams,
        response: {
          200: z.object({ plan: planSchema, created: z.number(), replaced: z.number() }),
          409: problemSchema,
          ...errors,
        },
      },
    },
    async (request) => {
      const r = await publishPlan(
        serviceContext(deps, request),
        request.params.id,
        deps.config.visits,
      );
      return { plan: presentPlan(r.plan), created: r.created, replaced: r.replaced };
    },
  );
}
