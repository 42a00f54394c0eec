import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../http/deps.ts";
import { listRoute } from "../../http/list-route.ts";
import { recordAction, recordCreate, recordRoutes } from "../../http/record-routes.ts";
import { idParams } from "../common/fields.ts";
import { presentNeed, presentNeedDetail, presentNeedListItem } from "./needs.presenter.ts";
import type { NeedRow } from "./needs.repository.ts";
import {
  customerSummarySchema,
  needCreateSchema,
  needDetailSchema,
  needLinkSchema,
  needListPageSchema,
  needListQuerySchema,
  needPatchSchema,
  needSchema,
  needTransitionSchema,
  needTypeListSchema,
  needTypeParams,
  needTypePutSchema,
  needTypeSchema,
} from "./needs.schema.ts";
import {
  configureNeedType,
  createNeed,
  customerNeedSummary,
  getNeed,
  linkCommunication,
  needTypes,
  patchNeed,
  searchNeeds,
  transitionNeed,
} from "./needs.service.ts";

const tags = ["needs"];

export async function needRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  recordCreate(app, deps, {
    path: "/customers/:id/needs",
    tags,
    summary: "Record a customer need (due date from the type's SLA unless given)",
    body: needCreateSchema,
    schema: needSchema,
    present: (row: NeedRow) => presentNeed(row),
    run: (ctx, body, parentId) => createNeed(ctx, parentId, body),
  });

  app.get(
    "/customers/:id/need-summary",
    {
      schema: {
        tags,
        summary: "Open and overdue need counts for a customer",
        params: idParams,
        response: { 200: customerSummarySchema },
      },
    },
    async (request) => customerNeedSummary(request.ctx, request.params.id),
  );

  listRoute(app, {
    path: "/needs",
    tags,
    summary: "List needs (filters: customer, status, type, owner, overdue), with display names",
    query: needListQuerySchema,
    schema: needListPageSchema,
    list: searchNeeds,
    present: (row, { now }) => presentNeedListItem(row, now),
  });

  app.get(
    "/needs/:id",
    {
      schema: {
        tags,
        summary: "A need with its status history and linked communications",
        params: idParams,
        response: { 200: needDetailSchema },
      },
    },
    async (request) => presentNeedDetail(await getNeed(request.ctx, request.params.id)),
  );

  // The read is the need's detail (above); the update answers the need itself.
  recordRoutes(app, {
    path: "/needs",
    noun: "need",
    tags,
    schema: needSchema,
    patchSchema: needPatchSchema,
    present: (row: NeedRow) => presentNeed(row),
    patch: patchNeed,
    summaries: { patch: "Edit a need; status changes go through …/transition" },
  });

  recordAction(app, {
    path: "/needs/:id/transition",
    tags,
    summary: "Move a need: open → in_progress → resolved, or dropped (409 when not allowed)",
    body: needTransitionSchema,
    schema: needSchema,
    present: (row: NeedRow) => presentNeed(row),
    ifMatch: "optional",
    run: (ctx, id, body, version) => transitionNeed(ctx, id, version, body),
  });

  app.post(
    "/needs/:id/links",
    {
      schema: {
        tags,
        summary: "Link a communication that raised or served the need",
        params: idParams,
        body: needLinkSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await linkCommunication(request.ctx, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/need-types",
    {
      schema: {
        tags,
        summary: "The configured need types and their SLA",
        response: { 200: needTypeListSchema },
      },
    },
    async (request) => ({ items: await needTypes(request.ctx) }),
  );

  app.put(
    "/need-types/:key",
    {
      schema: {
        tags,
        summary: "Add or change a need type and its SLA days per importance 1–5 (admin)",
        params: needTypeParams,
        body: needTypePutSchema,
        response: { 200: needTypeSchema },
      },
    },
    async (request) => configureNeedType(request.ctx, { key: request.params.key, ...request.body }),
  );
}
