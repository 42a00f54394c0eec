import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../http/deps.ts";
import { recordCreate, recordRoutes } from "../../http/record-routes.ts";
import { teamCreateSchema, teamPatchSchema, teamSchema } from "../users/users.schema.ts";
import { presentTeam } from "./teams.presenter.ts";
import { allTeams, createTeam, getTeam, patchTeam } from "./teams.service.ts";

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

  recordCreate(app, deps, {
    path: "/teams",
    tags,
    summary: "Create a team (admin)",
    body: teamCreateSchema,
    schema: teamSchema,
    present: presentTeam,
    run: (ctx, body) => createTeam(ctx, body),
  });

  recordRoutes(app, {
    path: "/teams",
    noun: "team",
    tags,
    schema: teamSchema,
    patchSchema: teamPatchSchema,
    present: presentTeam,
    get: getTeam,
    patch: patchTeam,
    summaries: { patch: "Rename a team or change its manager (admin, If-Match)" },
  });
}
