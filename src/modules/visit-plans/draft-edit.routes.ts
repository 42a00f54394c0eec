import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { readerOf } from "../../http/reader.ts";
import { idParams } from "../common/fields.ts";
import { draftEditProblemSchema, draftEditSchema, reoptimiseSchema } from "./draft-edit.schema.ts";
import { editDraft, reoptimiseDraft } from "./draft-edit.service.ts";
import { presentPlan } from "./visit-plans.presenter.ts";
import { planSchema } from "./visit-plans.schema.ts";

const tags = ["visit plans"];

/** Hand edits of a draft and re-optimising around them; both answer the plan as it now is. */
export function draftEditRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/visit-plans/:id/edits",
    {
      schema: {
        tags,
        summary:
          "Edit a draft: move, drop, add, lock or unlock a stop; the touched routes are re-timed at once, each stop saying what it violates. A stop is never put closer than the customer's minimum interval to another of its visits (409 min_interval)",
        operationId: "editVisitPlan",
        params: idParams,
        body: draftEditSchema,
        response: { 200: planSchema, 409: draftEditProblemSchema },
      },
      config: { ifMatch: "required" },
    },
    async (request) =>
      presentPlan(
        await editDraft(
          request.ctx,
          request.params.id,
          request.expectedVersion,
          request.body,
          deps.config.visits,
        ),
        readerOf(request),
      ),
  );

  app.post(
    "/visit-plans/:id/reoptimise",
    {
      schema: {
        tags,
        summary:
          "Re-run the planner around the edits: locked stops and fixed visits stay, dropped customers stay out, added ones stay in",
        operationId: "reoptimiseVisitPlan",
        params: idParams,
        body: reoptimiseSchema,
        response: { 200: planSchema },
      },
      config: { ifMatch: "required" },
    },
    async (request) =>
      presentPlan(
        await reoptimiseDraft(
          request.ctx,
          request.params.id,
          request.expectedVersion,
          request.body,
          deps.config.visits,
        ),
        readerOf(request),
      ),
  );
}
