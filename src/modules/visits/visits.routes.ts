import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { listRoute } from "../../http/list-route.ts";
import { readerOf } from "../../http/reader.ts";
import { recordAction, recordCreate, recordRoutes } from "../../http/record-routes.ts";
import { dueList, nearby, presentDue } from "./due.service.ts";
import { presentVisit } from "./visits.presenter.ts";
import {
  cancelSchema,
  checkInSchema,
  checkOutSchema,
  dueListSchema,
  dueQuerySchema,
  nearbyQuerySchema,
  visitCreateSchema,
  visitListQuerySchema,
  visitPageSchema,
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

export async function visitRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const settings = deps.config.visits;

  recordCreate(app, deps, {
    path: "/visits",
    tags,
    summary: "Plan or log a visit (agenda pre-filled from the customer's open needs)",
    body: visitCreateSchema,
    schema: visitSchema,
    present: presentVisit,
    run: (ctx, body) => createVisit(ctx, body),
    namesRecord: true,
  });

  listRoute(app, {
    path: "/visits",
    tags,
    summary: "List visits (by rep, customer, period, status), in planned order",
    query: visitListQuerySchema,
    schema: visitPageSchema,
    list: searchVisits,
    present: presentVisit,
  });

  app.get(
    "/visits/due",
    {
      schema: {
        tags,
        summary: "Who is due for a visit, ranked, with reasons in the reader's language",
        querystring: dueQuerySchema,
        response: { 200: dueListSchema },
      },
      // The customer or rep the query names.
      config: { namesRecord: true },
    },
    async (request) => {
      const q = { ...request.query, all: request.query.all === "true" };
      const { locale } = readerOf(request);
      const due = await dueList(request.ctx, q, settings.tierCadence);
      return { items: due.map((e) => presentDue(e, locale)) };
    },
  );

  app.get(
    "/visits/nearby",
    {
      schema: {
        tags,
        summary: "Due customers near a position that still fit before `until`",
        querystring: nearbyQuerySchema,
        response: { 200: dueListSchema },
      },
      // The customer or rep the query names.
      config: { namesRecord: true },
    },
    async (request) => {
      const { locale } = readerOf(request);
      const near = await nearby(request.ctx, request.query, settings.tierCadence);
      return { items: near.map((e) => presentDue(e, locale)) };
    },
  );

  recordRoutes(app, {
    path: "/visits",
    noun: "visit",
    tags,
    schema: visitSchema,
    patchSchema: visitPatchSchema,
    present: presentVisit,
    get: getVisit,
    patch: patchVisit,
    summaries: { patch: "Reschedule or edit a planned visit" },
  });

  const action = { tags, schema: visitSchema, present: presentVisit };
  recordAction(app, {
    ...action,
    path: "/visits/:id/check-in",
    summary: "Check in with the device's position: verified within the radius, else out_of_radius",
    body: checkInSchema,
    run: (ctx, id, body) => checkIn(ctx, id, body, settings),
  });
  recordAction(app, {
    ...action,
    path: "/visits/:id/check-out",
    summary: "Check out: result, score, new needs and follow-ups; writes the visit to the timeline",
    body: checkOutSchema,
    run: (ctx, id, body) => checkOut(ctx, id, body, settings),
  });
  recordAction(app, {
    ...action,
    path: "/visits/:id/cancel",
    summary: "Cancel a planned visit, with a reason",
    body: cancelSchema,
    ifMatch: "optional",
    run: (ctx, id, body, version) => cancelVisit(ctx, id, version, body.reason),
  });
}
