import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { listRoute } from "../../http/list-route.ts";
import { recordCreate, recordRoutes } from "../../http/record-routes.ts";
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

  listRoute(app, {
    path: "/customers",
    tags,
    summary: "List customers (cursor-paginated, filtered, sorted, searchable)",
    query: customerListQuerySchema,
    schema: customerPageSchema,
    list: searchCustomers,
    present: presentCustomer,
  });

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
