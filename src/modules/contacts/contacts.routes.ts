import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { sendCreate, serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { etag, requireIfMatch } from "../../http/etag.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { presentContact } from "./contacts.presenter.ts";
import {
  contactCreateSchema,
  contactListQuerySchema,
  contactPageSchema,
  contactPatchSchema,
  contactSchema,
} from "./contacts.schema.ts";
import {
  createContact,
  deleteContact,
  getContact,
  listCustomerContacts,
  patchContact,
  restoreContact,
} from "./contacts.service.ts";

const tags = ["contacts"];
const errors = { 400: problemSchema, 404: problemSchema };
const ifMatchHeader = z.object({ "if-match": z.string().optional() });

export async function contactRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/customers/:id/contacts",
    {
      schema: {
        tags,
        summary: "List a customer's contacts",
        params: idParams,
        querystring: contactListQuerySchema,
        response: { 200: contactPageSchema, ...errors },
      },
    },
    async (request) => {
      const page = await listCustomerContacts(
        serviceContext(deps, request),
        request.params.id,
        request.query,
      );
      return { items: page.items.map(presentContact), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/customers/:id/contacts",
    {
      schema: {
        tags,
        summary: "Add a contact to a customer (honours Idempotency-Key)",
        params: idParams,
        headers: z.object({ "idempotency-key": z.string().optional() }),
        body: contactCreateSchema,
        response: { 201: contactSchema, 409: problemSchema, 422: problemSchema, ...errors },
      },
    },
    (request, reply) =>
      sendCreate(deps, request, reply, async (ctx) => {
        const row = await createContact(ctx, request.params.id, request.body);
        return {
          status: 201,
          body: presentContact(row),
          headers: { etag: etag(row.version), location: `/api/v1/contacts/${row.id}` },
        };
      }),
  );

  app.get(
    "/contacts/:id",
    {
      schema: {
        tags,
        summary: "Read a contact",
        params: idParams,
        response: { 200: contactSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await getContact(serviceContext(deps, request), request.params.id);
      reply.header("etag", etag(row.version));
      return presentContact(row);
    },
  );

  app.patch(
    "/contacts/:id",
    {
      schema: {
        tags,
        summary: "Update a contact (If-Match required)",
        params: idParams,
        headers: ifMatchHeader,
        body: contactPatchSchema,
        response: { 200: contactSchema, 412: problemSchema, 428: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await patchContact(
        serviceContext(deps, request),
        request.params.id,
        version,
        request.body,
      );
      reply.header("etag", etag(row.version));
      return presentContact(row);
    },
  );

  app.delete(
    "/contacts/:id",
    {
      schema: {
        tags,
        summary: "Soft-delete a contact (If-Match required)",
        params: idParams,
        headers: ifMatchHeader,
        response: { 200: contactSchema, 412: problemSchema, 428: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await deleteContact(serviceContext(deps, request), request.params.id, version);
      reply.header("etag", etag(row.version));
      return presentContact(row);
    },
  );

  app.post(
    "/contacts/:id/restore",
    {
      schema: {
        tags,
        summary: "Restore a soft-deleted contact (If-Match optional)",
        params: idParams,
        headers: ifMatchHeader,
        response: { 200: contactSchema, 409: problemSchema, 412: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const version = request.headers["if-match"] ? requireIfMatch(request) : null;
      const row = await restoreContact(serviceContext(deps, request), request.params.id, version);
      reply.header("etag", etag(row.version));
      return presentContact(row);
    },
  );
}
