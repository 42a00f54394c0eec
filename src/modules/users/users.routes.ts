import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireAuth } from "../../http/auth.ts";
import { sendCreate, serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { etag, requireIfMatch } from "../../http/etag.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { presentUser } from "./users.presenter.ts";
import { userCreateSchema, userPatchSchema, userSchema } from "./users.schema.ts";
import { createUser, getUser, listVisibleUsers, patchUser } from "./users.service.ts";

const tags = ["users"];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema };

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
    async (request) => ({
      items: (await listVisibleUsers(serviceContext(deps, request))).map(presentUser),
    }),
  );

  app.get(
    "/users/me",
    { schema: { tags, summary: "My profile", response: { 200: userSchema } } },
    async (request, reply) => {
      const user = requireAuth(request).user;
      reply.header("etag", etag(user.version));
      return presentUser(user);
    },
  );

  app.post(
    "/users",
    {
      schema: {
        tags,
        summary: "Create a user (admin)",
        headers: z.object({ "idempotency-key": z.string().optional() }),
        body: userCreateSchema,
        response: { 201: userSchema, 409: problemSchema, 422: problemSchema, ...errors },
      },
    },
    (request, reply) =>
      sendCreate(deps, request, reply, async (ctx) => {
        const row = await createUser(ctx, request.body);
        return {
          status: 201,
          body: presentUser(row),
          headers: { etag: etag(row.version), location: `/api/v1/users/${row.id}` },
        };
      }),
  );

  app.get(
    "/users/:id",
    {
      schema: {
        tags,
        summary: "Read a user",
        params: idParams,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await getUser(serviceContext(deps, request), request.params.id);
      reply.header("etag", etag(row.version));
      return presentUser(row);
    },
  );

  app.patch(
    "/users/:id",
    {
      schema: {
        tags,
        summary:
          "Update a user (If-Match). Own profile: anyone (own password: POST /auth/password); others, role, team, active, password: admin",
        params: idParams,
        headers: z.object({ "if-match": z.string().optional() }),
        body: userPatchSchema,
        response: {
          200: userSchema,
          409: problemSchema,
          412: problemSchema,
          422: problemSchema,
          428: problemSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await patchUser(
        serviceContext(deps, request),
        request.params.id,
        version,
        request.body,
      );
      reply.header("etag", etag(row.version));
      return presentUser(row);
    },
  );
}
