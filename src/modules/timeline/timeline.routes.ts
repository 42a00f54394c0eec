import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { idParams, pageLimit, problemSchema } from "../common/fields.ts";
import { communicationSchema } from "../communications/communications.schema.ts";
import { followUpSchema } from "../follow-ups/follow-ups.schema.ts";
import { visitSchema } from "../visits/visits.schema.ts";
import { ENTRY_TYPES } from "./timeline.repository.ts";
import { customerTimeline } from "./timeline.service.ts";

const entrySchema = z
  .discriminatedUnion("type", [
    z.object({
      type: z.literal("communication"),
      at: z.string(),
      communication: communicationSchema,
    }),
    z.object({
      type: z.literal("need_status"),
      at: z.string(),
      needStatus: z.object({
        needId: z.uuid(),
        title: z.string(),
        needType: z.string(),
        from: z.string().nullable(),
        to: z.string(),
        note: z.string().nullable(),
        actorId: z.string().nullable(),
      }),
    }),
    z.object({ type: z.literal("follow_up"), at: z.string(), followUp: followUpSchema }),
    z.object({ type: z.literal("follow_up_done"), at: z.string(), followUp: followUpSchema }),
    z.object({ type: z.literal("visit"), at: z.string(), visit: visitSchema }),
  ])
  .meta({ id: "TimelineEntry" });

export async function timelineRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/customers/:id/timeline",
    {
      schema: {
        tags: ["timeline"],
        summary: "Everything that happened with a customer, newest first, in one typed stream",
        params: idParams,
        querystring: z.strictObject({
          limit: pageLimit,
          cursor: z.string().max(500).optional(),
          types: z
            .string()
            .transform((s) => s.split(","))
            .pipe(z.array(z.enum(ENTRY_TYPES)).min(1))
            .optional(),
        }),
        response: {
          200: z.object({ items: z.array(entrySchema), nextCursor: z.string().nullable() }),
          400: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) =>
      customerTimeline(serviceContext(deps, request), request.params.id, request.query),
  );
}
