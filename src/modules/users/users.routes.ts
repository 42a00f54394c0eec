import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireAuth } from "../../http/auth.ts";
import type { AppDeps } from "../../http/deps.ts";
import { recordCreate } from "../../http/record-routes.ts";
import { idParams } from "../common/fields.ts";
import { presentUser } from "./users.presenter.ts";
import { userCreateSchema, userPatchSchema, userSchema } from "./users.schema.ts";
import { createUser, getUser, listVisibleUsers, patchUser } from "./users.service.ts";

const tags = ["users"];
const response = { 200: userSchema };

export async function userRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/users",
    {
      schema: {
        tags,
        summary: "Users I can see (admin: all; manager: my team; rep: me)",
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async (request) => ({ items: (await listVisibleUsers(request.ctx)).map(presentUser) }),
  );

  app.get("/users/me", { schema: { tags, summary: "My profile", response } }, async (request) =>
    presentUser(requireAuth(request).user),
  );

  recordCreate(app, deps, {
    path: "/users",
    tags,
    summary: "Create a user (admin)",
    body: userCreateSchema,
    schema: userSchema,
    present: presentUser,
    run: (ctx, body) => createUser(ctx, body),
  });

  app.get(
    "/users/:id",
    { schema: { tags, summary: "Read a user", params: idParams, response } },
    async (request) => presentUser(await getUser(request.ctx, request.params.id)),
  );

  app.patch(
    "/users/:id",
    {
      schema: {
        tags,
        summary:
          "Update a user (If-Match). Own profile: anyone (own password: POST /auth/password); others, role, team, active, password: admin",
        params: idParams,
        body: userPatchSchema,
        response,
      },
      config: { ifMatch: "required" },
    },
    async (request) =>
      presentUser(
        await patchUser(request.ctx, request.params.id, request.expectedVersion, request.body),
      ),
  );
}
