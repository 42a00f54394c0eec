import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { sendCreate, serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { etag, requireIfMatch } from "../../http/etag.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { presentTeam } from "../users/users.presenter.ts";
import { teamCreateSchema, teamPatchSchema, teamSchema } from "../users/users.schema.ts";
import { allTeams, createTeam, patchTeam } from "./teams.service.ts";

const tags = ["teams"];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema };

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
    async (request) => ({
      items: (await allTeams(serviceContext(deps, request))).map(presentTeam),
    }),
  );

  app.post(
    "/teams",
    {
      schema: {
        tags,
        summary: "Create a team (admin)",
        headers: z.object({ "idempotency-key": z.string().optional() }),
        body: teamCreateSchema,
        response: { 201: teamSchema, 409: problemSchema, 422: problemSchema, ...errors },
      },
    },
    (request, reply) =>
      sendCreate(deps, request, reply, async (ctx) => {
        const row = await createTeam(ctx, request.body);
        return { status: 201, body: presentTeam(row), headers: { etag: etag(row.version) } };
      }),
  );

  app.patch(
    "/teams/:id",
    {
      schema: {
        tags,
        summary: "Rename a team or change its manager (admin, If-Match)",
        params: idParams,
        headers: z.object({ "if-match": z.string().optional() }),
        body: teamPatchSchema,
        response: {
          200: teamSchema,
          409: problemSchema,
          412: problemSchema,
          428: problemSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await patchTeam(
        serviceContext(deps, request),
        request.params.id,
        version,
        request.body,
      );
      reply.header("etag", etag(row.version));
      return presentTeam(row);
    },
  );
}
