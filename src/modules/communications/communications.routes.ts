import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { recordRoutes } from "../../http/record-routes.ts";
import { create, presentPage } from "../../http/route-kit.ts";
import { idParams } from "../common/fields.ts";
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

  app.post(
    "/customers/:id/communications",
    {
      schema: {
        tags,
        summary: "Log a communication; with followUp, its next step is created atomically",
        params: idParams,
        body: communicationCreateSchema,
        response: { 201: communicationCreatedSchema },
      },
      config: { create: true },
    },
    // Presented inside the work: the answer's id and version are the communication's.
    (request, reply) =>
      create(
        deps,
        request,
        reply,
        async (ctx) =>
          presentCommunicationCreated(await logCommunication(ctx, request.params.id, request.body)),
        (created) => created,
      ),
  );

  app.get(
    "/communications",
    {
      schema: {
        tags,
        summary: "Search communications (filters; full-text q in English and Chinese)",
        querystring: communicationListQuerySchema,
        response: { 200: communicationPageSchema },
      },
    },
    async (request) =>
      presentPage(await searchCommunications(request.ctx, request.query), presentCommunication),
  );

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
