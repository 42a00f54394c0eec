import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { sendCreate, serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { etag, requireIfMatch } from "../../http/etag.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { presentCustomer } from "./customers.presenter.ts";
import {
  customerCreateSchema,
  customerListQuerySchema,
  customerPageSchema,
  customerPatchSchema,
  customerSchema,
} from "./customers.schema.ts";
import {
  createCustomer,
  deleteCustomer,
  getCustomer,
  patchCustomer,
  restoreCustomer,
  searchCustomers,
} from "./customers.service.ts";

const tags = ["customers"];
const errors = { 400: problemSchema, 404: problemSchema };
const ifMatchHeader = z.object({ "if-match": z.string().optional() });

export async function customerRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/customers",
    {
      schema: {
        tags,
        summary: "List customers (cursor-paginated, filtered, sorted, searchable)",
        querystring: customerListQuerySchema,
        response: { 200: customerPageSchema, 400: problemSchema },
      },
    },
    async (request) => {
      const page = await searchCustomers(serviceContext(deps, request), request.query);
      return { items: page.items.map(presentCustomer), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/customers",
    {
      schema: {
        tags,
        summary: "Create a customer (honours Idempotency-Key)",
        headers: z.object({ "idempotency-key": z.string().optional() }),
        body: customerCreateSchema,
        response: { 201: customerSchema, 409: problemSchema, 422: problemSchema, ...errors },
      },
    },
    (request, reply) =>
      sendCreate(deps, request, reply, async (ctx) => {
        const row = await createCustomer(ctx, request.body);
        return {
          status: 201,
          body: presentCustomer(row),
          headers: { etag: etag(row.version), location: `/api/v1/customers/${row.id}` },
        };
      }),
  );

  app.get(
    "/customers/:id",
    {
      schema: {
        tags,
        summary: "Read a customer",
        params: idParams,
        response: { 200: customerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await getCustomer(serviceContext(deps, request), request.params.id);
      reply.header("etag", etag(row.version));
      return presentCustomer(row);
    },
  );

  app.patch(
    "/customers/:id",
    {
      schema: {
        tags,
        summary: "Update a customer (If-Match required)",
        params: idParams,
        headers: ifMatchHeader,
        body: customerPatchSchema,
        response: {
          200: customerSchema,
          412: problemSchema,
          422: problemSchema,
          428: problemSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await patchCustomer(
        serviceContext(deps, request),
        request.params.id,
        version,
        request.body,
      );
      reply.header("etag", etag(row.version));
      return presentCustomer(row);
    },
  );

  app.delete(
    "/customers/:id",
    {
      schema: {
        tags,
        summary: "Soft-delete a customer (If-Match required; restore with POST …/restore)",
        params: idParams,
        headers: ifMatchHeader,
        response: { 200: customerSchema, 412: problemSchema, 428: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await deleteCustomer(serviceContext(deps, request), request.params.id, version);
      reply.header("etag", etag(row.version));
      return presentCustomer(row);
    },
  );

  app.post(
    "/customers/:id/restore",
    {
      schema: {
        tags,
        summary: "Restore a soft-deleted customer (If-Match optional)",
        params: idParams,
        headers: ifMatchHeader,
        response: { 200: customerSchema, 409: problemSchema, 412: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const version = request.headers["if-match"] ? requireIfMatch(request) : null;
      const row = await restoreCustomer(serviceContext(deps, request), request.params.id, version);
      reply.header("etag", etag(row.version));
      return presentCustomer(row);
    },
  );
}
