import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../http/deps.ts";
import { create } from "../../http/route-kit.ts";
import { idParams } from "../common/fields.ts";
import { presentTeam } from "../users/users.presenter.ts";
import { teamCreateSchema, teamPatchSchema, teamSchema } from "../users/users.schema.ts";
import { allTeams, createTeam, patchTeam } from "./teams.service.ts";

const tags = ["teams"];

export async function teamRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/teams",
    {
      schema: {
        tags,
        summary: "All teams",
        response: { 200: z.object({ items: z.array(teamSchema) }) },
      },
    },
    async (request) => ({ items: (await allTeams(request.ctx)).map(presentTeam) }),
  );

  app.post(
    "/teams",
    {
      schema: {
        tags,
        summary: "Create a team (admin)",
        body: teamCreateSchema,
        response: { 201: teamSchema },
      },
      config: { create: true },
    },
    (request, reply) =>
      create(deps, request, reply, (ctx) => createTeam(ctx, request.body), presentTeam),
  );

  app.patch(
    "/teams/:id",
    {
      schema: {
        tags,
        summary: "Rename a team or change its manager (admin, If-Match)",
        params: idParams,
        body: teamPatchSchema,
        response: { 200: teamSchema },
      },
      config: { ifMatch: "required" },
    },
    async (request) =>
      presentTeam(
        await patchTeam(request.ctx, request.params.id, request.expectedVersion, request.body),
      ),
  );
}
