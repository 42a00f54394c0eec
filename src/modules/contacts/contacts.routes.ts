import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { listRoute } from "../../http/list-route.ts";
import { recordCreate, recordRoutes } from "../../http/record-routes.ts";
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

export async function contactRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  listRoute(app, {
    path: "/customers/:id/contacts",
    tags,
    summary: "List a customer's contacts",
    query: contactListQuerySchema,
    schema: contactPageSchema,
    list: (ctx, query, customerId) => listCustomerContacts(ctx, customerId, query),
    present: presentContact,
  });

  recordCreate(app, deps, {
    path: "/customers/:id/contacts",
    tags,
    summary: "Add a contact to a customer",
    body: contactCreateSchema,
    schema: contactSchema,
    present: presentContact,
    run: (ctx, body, parentId) => createContact(ctx, parentId, body),
  });

  recordRoutes(app, {
    path: "/contacts",
    noun: "contact",
    tags,
    schema: contactSchema,
    patchSchema: contactPatchSchema,
    present: presentContact,
    get: getContact,
    patch: patchContact,
    remove: deleteContact,
    restore: restoreContact,
  });
}
