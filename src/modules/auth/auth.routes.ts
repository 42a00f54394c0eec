import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireAuth, SESSION_COOKIE, sameOrigin } from "../../http/auth.ts";
import type { AppDeps } from "../../http/deps.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { presentUser } from "../users/users.presenter.ts";
import { createApiToken, myApiTokens, revokeMyApiToken } from "./api-tokens.service.ts";
import { AuthErrors } from "./auth.errors.ts";
import { presentApiToken } from "./auth.presenter.ts";
import {
  apiTokenCreatedSchema,
  apiTokenCreateSchema,
  apiTokenSchema,
  loginSchema,
  passwordChangeSchema,
  sessionSchema,
} from "./auth.schema.ts";
import { changePassword, login, logout } from "./auth.service.ts";

const tags = ["auth"];

function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expires: Date,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    path: "/",
    expires,
  });
}

export async function authRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/auth/login",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Sign in: sets the session cookie and returns the CSRF token for writes",
        body: loginSchema,
        // Public, so the kit adds no 401: a wrong password is one, and too many are a 429.
        response: { 200: sessionSchema, 401: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      // Login CSRF: a foreign page must not sign a browser in to another account.
      if (!sameOrigin(request)) throw AuthErrors.csrf();
      const s = await login(deps.database.db, deps.config.auth, {
        ...request.body,
        address: request.ip,
        previousSession: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(request, reply, s.token, s.expiresAt);
      return {
        user: presentUser(s.user),
        via: "session" as const,
        csrfToken: s.csrfToken,
        expiresAt: s.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    "/auth/logout",
    { schema: { tags, summary: "Sign out (ends this session)", response: { 204: z.null() } } },
    async (request, reply) => {
      requireAuth(request);
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) await logout(deps.database.db, cookie);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/auth/session",
    { schema: { tags, summary: "Who am I, and my CSRF token", response: { 200: sessionSchema } } },
    async (request) => {
      const auth = requireAuth(request);
      return {
        user: presentUser(auth.user),
        via: auth.via,
        csrfToken: auth.csrfToken,
        expiresAt: null,
      };
    },
  );

  app.post(
    "/auth/password",
    {
      schema: {
        tags,
        summary: "Change my password (ends my other sessions)",
        body: passwordChangeSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await changePassword(deps.database.db, auth.user, {
        ...request.body,
        currentSessionHash: auth.sessionHash ?? undefined,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/auth/tokens",
    {
      schema: {
        tags,
        summary: "Create an API token acting as me (the token is shown once)",
        body: apiTokenCreateSchema,
        response: { 201: apiTokenCreatedSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { row, token } = await createApiToken(deps.database.db, auth.actor.id, request.body);
      return reply.status(201).send({ ...presentApiToken(row), token });
    },
  );

  app.get(
    "/auth/tokens",
    {
      schema: {
        tags,
        summary: "My API tokens",
        response: { 200: z.object({ items: z.array(apiTokenSchema) }) },
      },
    },
    async (request) => {
      const rows = await myApiTokens({ ...request.ctx, actor: requireAuth(request).actor });
      return { items: rows.map(presentApiToken) };
    },
  );

  app.delete(
    "/auth/tokens/:id",
    {
      schema: {
        tags,
        summary: "Revoke one of my API tokens",
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeMyApiToken(
        { ...request.ctx, actor: requireAuth(request).actor },
        request.params.id,
      );
      return reply.status(204).send(null);
    },
  );
}
