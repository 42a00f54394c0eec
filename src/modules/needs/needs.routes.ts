import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { sendCreate, serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { etag, requireIfMatch } from "../../http/etag.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { presentNeed, presentNeedListItem } from "./needs.presenter.ts";
import {
  customerSummarySchema,
  needCreateSchema,
  needDetailSchema,
  needLinkSchema,
  needListItemSchema,
  needListQuerySchema,
  needPatchSchema,
  needSchema,
  needTransitionSchema,
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
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema };
const ifMatch = z.object({ "if-match": z.string().optional() });

export async function needRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/customers/:id/needs",
    {
      schema: {
        tags,
        summary: "Record a customer need (due date from the type's SLA unless given)",
        params: idParams,
        headers: z.object({ "idempotency-key": z.string().optional() }),
        body: needCreateSchema,
        response: { 201: needSchema, 409: problemSchema, 422: problemSchema, ...errors },
      },
    },
    (request, reply) =>
      sendCreate(deps, request, reply, async (ctx) => {
        const row = await createNeed(ctx, request.params.id, request.body);
        return {
          status: 201,
          body: presentNeed(row),
          headers: { etag: etag(row.version), location: `/api/v1/needs/${row.id}` },
        };
      }),
  );

  app.get(
    "/customers/:id/need-summary",
    {
      schema: {
        tags,
        summary: "Open and overdue need counts for a customer",
        params: idParams,
        response: { 200: customerSummarySchema, ...errors },
      },
    },
    async (request) => customerNeedSummary(serviceContext(deps, request), request.params.id),
  );

  app.get(
    "/needs",
    {
      schema: {
        tags,
        summary: "List needs (filters: customer, status, type, owner, overdue), with display names",
        querystring: needListQuerySchema,
        response: {
          200: z.object({ items: z.array(needListItemSchema), nextCursor: z.string().nullable() }),
          400: problemSchema,
        },
      },
    },
    async (request) => {
      const page = await searchNeeds(serviceContext(deps, request), request.query);
      const now = new Date();
      return {
        items: page.items.map((r) => presentNeedListItem(r, now)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    "/needs/:id",
    {
      schema: {
        tags,
        summary: "A need with its status history and linked communications",
        params: idParams,
        response: { 200: needDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const d = await getNeed(serviceContext(deps, request), request.params.id);
      reply.header("etag", etag(d.row.version));
      return {
        ...presentNeed(d.row),
        history: d.history.map((h) => ({
          from: h.fromStatus,
          to: h.toStatus,
          note: h.note,
          actorId: h.actorId,
          at: h.at.toISOString(),
        })),
        links: d.links.map((l) => ({ ...l, occurredAt: l.occurredAt.toISOString() })),
        visits: d.visits.map((v) => ({ ...v, plannedStart: v.plannedStart.toISOString() })),
        allowedTransitions: [...d.allowed],
      };
    },
  );

  app.patch(
    "/needs/:id",
    {
      schema: {
        tags,
        summary: "Edit a need (If-Match); status changes go through …/transition",
        params: idParams,
        headers: ifMatch,
        body: needPatchSchema,
        response: {
          200: needSchema,
          412: problemSchema,
          422: problemSchema,
          428: problemSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const v = requireIfMatch(request);
      const row = await patchNeed(
        serviceContext(deps, request),
        request.params.id,
        v,
        request.body,
      );
      reply.header("etag", etag(row.version));
      return presentNeed(row);
    },
  );

  app.post(
    "/needs/:id/transition",
    {
      schema: {
        tags,
        summary: "Move a need: open → in_progress → resolved, or dropped (409 when not allowed)",
        params: idParams,
        headers: ifMatch,
        body: needTransitionSchema,
        response: { 200: needSchema, 409: problemSchema, 412: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const v = request.headers["if-match"] ? requireIfMatch(request) : null;
      const row = await transitionNeed(
        serviceContext(deps, request),
        request.params.id,
        v,
        request.body,
      );
      reply.header("etag", etag(row.version));
      return presentNeed(row);
    },
  );

  app.post(
    "/needs/:id/links",
    {
      schema: {
        tags,
        summary: "Link a communication that raised or served the need",
        params: idParams,
        body: needLinkSchema,
        response: { 204: z.null(), 422: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      await linkCommunication(serviceContext(deps, request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/need-types",
    {
      schema: {
        tags,
        summary: "The configured need types and their SLA",
        response: { 200: z.object({ items: z.array(needTypeSchema) }) },
      },
    },
    async (request) => ({ items: await needTypes(serviceContext(deps, request)) }),
  );

  app.put(
    "/need-types/:key",
    {
      schema: {
        tags,
        summary: "Add or change a need type and its SLA days per importance 1–5 (admin)",
        params: needTypeParams,
        body: needTypePutSchema,
        response: { 200: needTypeSchema, ...errors },
      },
    },
    async (request) =>
      configureNeedType(serviceContext(deps, request), {
        key: request.params.key,
        ...request.body,
      }),
  );
}
