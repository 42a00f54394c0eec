import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { recordCreate, recordRoutes } from "../../http/record-routes.ts";
import { presentPage } from "../../http/route-kit.ts";
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

export async function customerRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/customers",
    {
      schema: {
        tags,
        summary: "List customers (cursor-paginated, filtered, sorted, searchable)",
        querystring: customerListQuerySchema,
        response: { 200: customerPageSchema },
      },
    },
    async (request) =>
      presentPage(await searchCustomers(request.ctx, request.query), presentCustomer),
  );

  recordCreate(app, deps, {
    path: "/customers",
    tags,
    summary: "Create a customer",
    body: customerCreateSchema,
    schema: customerSchema,
    present: presentCustomer,
    run: (ctx, body) => createCustomer(ctx, body),
  });

  recordRoutes(app, {
    path: "/customers",
    noun: "customer",
    tags,
    schema: customerSchema,
    patchSchema: customerPatchSchema,
    present: presentCustomer,
    get: getCustomer,
    patch: patchCustomer,
    remove: deleteCustomer,
    restore: restoreCustomer,
  });
}
