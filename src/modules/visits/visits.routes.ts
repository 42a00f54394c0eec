import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { sendCreate, serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { etag, requireIfMatch } from "../../http/etag.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { dueList, nearby, presentDue } from "./due.service.ts";
import { presentVisit } from "./visits.presenter.ts";
import {
  cancelSchema,
  checkInSchema,
  checkOutSchema,
  dueEntrySchema,
  dueQuerySchema,
  nearbyQuerySchema,
  visitCreateSchema,
  visitListQuerySchema,
  visitPatchSchema,
  visitSchema,
} from "./visits.schema.ts";
import {
  cancelVisit,
  checkIn,
  checkOut,
  createVisit,
  getVisit,
  patchVisit,
  searchVisits,
} from "./visits.service.ts";

const tags = ["visits"];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema };
const ifMatch = z.object({ "if-match": z.string().optional() });
const moved = { 200: visitSchema, 409: problemSchema, 412: problemSchema, ...errors };

export async function visitRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/visits",
    {
      schema: {
        tags,
        summary: "Plan or log a visit (agenda pre-filled from the customer's open needs)",
        headers: z.object({ "idempotency-key": z.string().optional() }),
        body: visitCreateSchema,
        response: { 201: visitSchema, 409: problemSchema, 422: problemSchema, ...errors },
      },
    },
    (request, reply) =>
      sendCreate(deps, request, reply, async (ctx) => {
        const row = await createVisit(ctx, request.body);
        return {
          status: 201,
          body: presentVisit(row),
          headers: { etag: etag(row.version), location: `/api/v1/visits/${row.id}` },
        };
      }),
  );

  app.get(
    "/visits",
    {
      schema: {
        tags,
        summary: "List visits (by rep, customer, period, status), in planned order",
        querystring: visitListQuerySchema,
        response: {
          200: z.object({ items: z.array(visitSchema), nextCursor: z.string().nullable() }),
          400: problemSchema,
        },
      },
    },
    async (request) => {
      const page = await searchVisits(serviceContext(deps, request), request.query);
      const now = new Date();
      return { items: page.items.map((v) => presentVisit(v, now)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/visits/due",
    {
      schema: {
        tags,
        summary: "Who is due for a visit, ranked, with reasons (en, zh)",
        querystring: dueQuerySchema,
        response: { 200: z.object({ items: z.array(dueEntrySchema) }), ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const items = await dueList(
        serviceContext(deps, request),
        { ...q, all: q.all === "true" },
        deps.config.visits.tierCadence,
      );
      return { items: items.map(presentDue) };
    },
  );

  app.get(
    "/visits/nearby",
    {
      schema: {
        tags,
        summary: "Due customers near a position that still fit before `until`",
        querystring: nearbyQuerySchema,
        response: { 200: z.object({ items: z.array(dueEntrySchema) }), ...errors },
      },
    },
    async (request) => ({
      items: (
        await nearby(serviceContext(deps, request), request.query, deps.config.visits.tierCadence)
      ).map(presentDue),
    }),
  );

  app.get(
    "/visits/:id",
    {
      schema: {
        tags,
        summary: "Read a visit",
        params: idParams,
        response: { 200: visitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await getVisit(serviceContext(deps, request), request.params.id);
      reply.header("etag", etag(row.version));
      return presentVisit(row);
    },
  );

  app.patch(
    "/visits/:id",
    {
      schema: {
        tags,
        summary: "Reschedule or edit a planned visit (If-Match)",
        params: idParams,
        headers: ifMatch,
        body: visitPatchSchema,
        response: { ...moved, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const v = requireIfMatch(request);
      const row = await patchVisit(
        serviceContext(deps, request),
        request.params.id,
        v,
        request.body,
      );
      reply.header("etag", etag(row.version));
      return presentVisit(row);
    },
  );

  app.post(
    "/visits/:id/check-in",
    {
      schema: {
        tags,
        summary:
          "Check in with the device's position: verified within the radius, else out_of_radius",
        params: idParams,
        body: checkInSchema,
        response: moved,
      },
    },
    async (request, reply) => {
      const row = await checkIn(serviceContext(deps, request), request.params.id, request.body, {
        radiusM: deps.config.visits.radiusM,
      });
      reply.header("etag", etag(row.version));
      return presentVisit(row);
    },
  );

  app.post(
    "/visits/:id/check-out",
    {
      schema: {
        tags,
        summary:
          "Check out: result, score, new needs and follow-ups; writes the visit to the timeline",
        params: idParams,
        body: checkOutSchema,
        response: { ...moved, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const row = await checkOut(serviceContext(deps, request), request.params.id, request.body);
      reply.header("etag", etag(row.version));
      return presentVisit(row);
    },
  );

  app.post(
    "/visits/:id/cancel",
    {
      schema: {
        tags,
        summary: "Cancel a planned visit, with a reason",
        params: idParams,
        headers: ifMatch,
        body: cancelSchema,
        response: moved,
      },
    },
    async (request, reply) => {
      const v = request.headers["if-match"] ? requireIfMatch(request) : null;
      const row = await cancelVisit(
        serviceContext(deps, request),
        request.params.id,
        v,
        request.body.reason,
      );
      reply.header("etag", etag(row.version));
      return presentVisit(row);
    },
  );
}
