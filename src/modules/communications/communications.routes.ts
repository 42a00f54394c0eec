import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { sendCreate, serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { etag, requireIfMatch } from "../../http/etag.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { presentFollowUp } from "../follow-ups/follow-ups.presenter.ts";
import { followUpSchema } from "../follow-ups/follow-ups.schema.ts";
import { presentCommunication } from "./communications.presenter.ts";
import {
  communicationCreateSchema,
  communicationListQuerySchema,
  communicationPatchSchema,
  communicationSchema,
} from "./communications.schema.ts";
import {
  deleteCommunication,
  getCommunication,
  logCommunication,
  patchCommunication,
  restoreCommunication,
  searchCommunications,
} from "./communications.service.ts";

const tags = ["communications"];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema };
const ifMatch = z.object({ "if-match": z.string().optional() });
const createdSchema = communicationSchema
  .extend({ followUp: followUpSchema.nullable() })
  .meta({ id: "CommunicationCreated" });

export async function communicationRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/customers/:id/communications",
    {
      schema: {
        tags,
        summary: "Log a communication; with followUp, its next step is created atomically",
        params: idParams,
        headers: z.object({ "idempotency-key": z.string().optional() }),
        body: communicationCreateSchema,
        response: { 201: createdSchema, 409: problemSchema, 422: problemSchema, ...errors },
      },
    },
    (request, reply) =>
      sendCreate(deps, request, reply, async (ctx) => {
        const r = await logCommunication(ctx, request.params.id, request.body);
        return {
          status: 201,
          body: {
            ...presentCommunication(r.communication),
            followUp: r.followUp ? presentFollowUp(r.followUp) : null,
          },
          headers: {
            etag: etag(r.communication.version),
            location: `/api/v1/communications/${r.communication.id}`,
          },
        };
      }),
  );

  app.get(
    "/communications",
    {
      schema: {
        tags,
        summary: "Search communications (filters; full-text q in English and Chinese)",
        querystring: communicationListQuerySchema,
        response: {
          200: z.object({ items: z.array(communicationSchema), nextCursor: z.string().nullable() }),
          400: problemSchema,
        },
      },
    },
    async (request) => {
      const page = await searchCommunications(serviceContext(deps, request), request.query);
      return { items: page.items.map(presentCommunication), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/communications/:id",
    {
      schema: {
        tags,
        summary: "Read a communication",
        params: idParams,
        response: { 200: communicationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await getCommunication(serviceContext(deps, request), request.params.id);
      reply.header("etag", etag(row.version));
      return presentCommunication(row);
    },
  );

  app.patch(
    "/communications/:id",
    {
      schema: {
        tags,
        summary: "Edit a communication (author, their manager, admin; If-Match)",
        params: idParams,
        headers: ifMatch,
        body: communicationPatchSchema,
        response: {
          200: communicationSchema,
          412: problemSchema,
          422: problemSchema,
          428: problemSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const v = requireIfMatch(request);
      const row = await patchCommunication(
        serviceContext(deps, request),
        request.params.id,
        v,
        request.body,
      );
      reply.header("etag", etag(row.version));
      return presentCommunication(row);
    },
  );

  app.delete(
    "/communications/:id",
    {
      schema: {
        tags,
        summary: "Soft-delete a communication (If-Match)",
        params: idParams,
        headers: ifMatch,
        response: { 200: communicationSchema, 412: problemSchema, 428: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const v = requireIfMatch(request);
      const row = await deleteCommunication(serviceContext(deps, request), request.params.id, v);
      reply.header("etag", etag(row.version));
      return presentCommunication(row);
    },
  );

  app.post(
    "/communications/:id/restore",
    {
      schema: {
        tags,
        summary: "Restore a deleted communication",
        params: idParams,
        headers: ifMatch,
        response: { 200: communicationSchema, 409: problemSchema, 412: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const v = request.headers["if-match"] ? requireIfMatch(request) : null;
      const row = await restoreCommunication(serviceContext(deps, request), request.params.id, v);
      reply.header("etag", etag(row.version));
      return presentCommunication(row);
    },
  );
}
