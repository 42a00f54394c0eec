import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { sendCreate, serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { etag, requireIfMatch } from "../../http/etag.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { presentFollowUp } from "./follow-ups.presenter.ts";
import {
  dayQuerySchema,
  followUpCompleteSchema,
  followUpCreateSchema,
  followUpListQuerySchema,
  followUpPatchSchema,
  followUpSchema,
  myDaySchema,
  teamDayQuerySchema,
  teamDaySchema,
} from "./follow-ups.schema.ts";
import {
  cancelFollowUp,
  completeFollowUp,
  createFollowUp,
  getFollowUp,
  myDay,
  patchFollowUp,
  searchFollowUps,
  teamDay,
} from "./follow-ups.service.ts";

const tags = ["follow-ups"];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema };
const ifMatch = z.object({ "if-match": z.string().optional() });
const versioned = {
  200: followUpSchema,
  409: problemSchema,
  412: problemSchema,
  428: problemSchema,
  ...errors,
};

export async function followUpRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/customers/:id/follow-ups",
    {
      schema: {
        tags,
        summary: "Create a follow-up for a customer",
        params: idParams,
        headers: z.object({ "idempotency-key": z.string().optional() }),
        body: followUpCreateSchema,
        response: { 201: followUpSchema, 409: problemSchema, 422: problemSchema, ...errors },
      },
    },
    (request, reply) =>
      sendCreate(deps, request, reply, async (ctx) => {
        const row = await createFollowUp(ctx, request.params.id, request.body);
        return {
          status: 201,
          body: presentFollowUp(row),
          headers: { etag: etag(row.version), location: `/api/v1/follow-ups/${row.id}` },
        };
      }),
  );

  app.get(
    "/follow-ups",
    {
      schema: {
        tags,
        summary: "List follow-ups (soonest due first)",
        querystring: followUpListQuerySchema,
        response: {
          200: z.object({ items: z.array(followUpSchema), nextCursor: z.string().nullable() }),
          400: problemSchema,
        },
      },
    },
    async (request) => {
      const page = await searchFollowUps(serviceContext(deps, request), request.query);
      return { items: page.items.map((r) => presentFollowUp(r)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/me/day",
    {
      schema: {
        tags,
        summary: "My day: overdue, due today and upcoming follow-ups, in my time zone",
        querystring: dayQuerySchema,
        response: { 200: myDaySchema, ...errors },
      },
    },
    async (request) => {
      const d = await myDay(serviceContext(deps, request), request.query.date);
      const now = new Date();
      return {
        ...d,
        overdue: d.overdue.map((r) => presentFollowUp(r, now)),
        today: d.today.map((r) => presentFollowUp(r, now)),
        upcoming: d.upcoming.map((r) => presentFollowUp(r, now)),
      };
    },
  );

  app.get(
    "/team/day",
    {
      schema: {
        tags,
        summary: "A manager's view of the team's day",
        querystring: teamDayQuerySchema,
        response: { 200: teamDaySchema, ...errors },
      },
    },
    async (request) => teamDay(serviceContext(deps, request), request.query),
  );

  app.get(
    "/follow-ups/:id",
    {
      schema: {
        tags,
        summary: "Read a follow-up",
        params: idParams,
        response: { 200: followUpSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await getFollowUp(serviceContext(deps, request), request.params.id);
      reply.header("etag", etag(row.version));
      return presentFollowUp(row);
    },
  );

  app.patch(
    "/follow-ups/:id",
    {
      schema: {
        tags,
        summary: "Reschedule or reassign an open follow-up (If-Match)",
        params: idParams,
        headers: ifMatch,
        body: followUpPatchSchema,
        response: versioned,
      },
    },
    async (request, reply) => {
      const v = requireIfMatch(request);
      const row = await patchFollowUp(
        serviceContext(deps, request),
        request.params.id,
        v,
        request.body,
      );
      reply.header("etag", etag(row.version));
      return presentFollowUp(row);
    },
  );

  for (const [action, fn] of [
    ["complete", completeFollowUp],
    ["cancel", cancelFollowUp],
  ] as const) {
    app.post(
      `/follow-ups/:id/${action}`,
      {
        schema: {
          tags,
          summary:
            action === "complete" ? "Mark a follow-up done, with its result" : "Cancel a follow-up",
          params: idParams,
          headers: ifMatch,
          body: followUpCompleteSchema,
          response: versioned,
        },
      },
      async (request, reply) => {
        const v = request.headers["if-match"] ? requireIfMatch(request) : null;
        const row = await fn(
          serviceContext(deps, request),
          request.params.id,
          v,
          request.body.result,
        );
        reply.header("etag", etag(row.version));
        return presentFollowUp(row);
      },
    );
  }
}
