import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sendCreate } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { readerOf } from "../../http/reader.ts";
import { idParams } from "../common/fields.ts";
import { draftEditRoutes } from "./draft-edit.routes.ts";
import { publishProblemSchema } from "./draft-edit.schema.ts";
import { publishPlan } from "./publish.service.ts";
import { presentPlan, presentPublished } from "./visit-plans.presenter.ts";
import { planCreateSchema, planPublishedSchema, planSchema } from "./visit-plans.schema.ts";
import { createPlan, getPlan } from "./visit-plans.service.ts";

const tags = ["visit plans"];

export async function visitPlanRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/visit-plans",
    {
      schema: {
        tags,
        summary: "Plan visits for reps over days; runs as a background job (poll GET …/{id})",
        body: planCreateSchema,
        response: { 202: planSchema },
      },
      config: { create: true },
    },
    // A job, not a finished record: 202 and where to poll, hence sendCreate, not create().
    (request, reply) =>
      sendCreate(deps, request, reply, async (ctx) => {
        const row = await createPlan(ctx, request.body);
        const location = `/api/v1/visit-plans/${row.id}`;
        return { status: 202, body: presentPlan(row, readerOf(request)), headers: { location } };
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
        response: { 200: planSchema },
      },
    },
    async (request) =>
      presentPlan(await getPlan(request.ctx, request.params.id), readerOf(request)),
  );

  app.post(
    "/visit-plans/:id/publish",
    {
      schema: {
        tags,
        summary:
          "Publish a draft: creates the planned visits, replacing movable ones. Refused (409 min_interval, nothing changed) when a stop would now come too close to a visit of its customer booked since",
        params: idParams,
        response: { 200: planPublishedSchema, 409: publishProblemSchema },
      },
    },
    async (request) =>
      presentPublished(
        await publishPlan(request.ctx, request.params.id, deps.config.visits),
        readerOf(request),
      ),
  );

  draftEditRoutes(root, deps);
}
