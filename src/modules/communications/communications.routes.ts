import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { listRoute } from "../../http/list-route.ts";
import { recordCreate, recordRoutes } from "../../http/record-routes.ts";
import { presentCommunication, presentCommunicationCreated } from "./communications.presenter.ts";
import {
  communicationCreatedSchema,
  communicationCreateSchema,
  communicationListQuerySchema,
  communicationPageSchema,
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

export async function communicationRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  recordCreate(app, deps, {
    path: "/customers/:id/communications",
    tags,
    summary: "Log a communication; with followUp, its next step is created atomically",
    body: communicationCreateSchema,
    schema: communicationCreatedSchema,
    // Presented inside the work: the answer's id and version are the communication's.
    present: (created: ReturnType<typeof presentCommunicationCreated>) => created,
    run: async (ctx, body, parentId) =>
      presentCommunicationCreated(await logCommunication(ctx, parentId, body)),
  });

  listRoute(app, {
    path: "/communications",
    tags,
    summary: "Search communications (filters; full-text q in English and Chinese)",
    query: communicationListQuerySchema,
    schema: communicationPageSchema,
    list: searchCommunications,
    present: presentCommunication,
  });

  recordRoutes(app, {
    path: "/communications",
    noun: "communication",
    tags,
    schema: communicationSchema,
    patchSchema: communicationPatchSchema,
    present: presentCommunication,
    get: getCommunication,
    patch: patchCommunication,
    remove: deleteCommunication,
    restore: restoreCommunication,
  });
}
