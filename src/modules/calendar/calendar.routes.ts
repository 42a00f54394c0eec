import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { publicBase } from "../../http/public-url.ts";
import { problemSchema } from "../common/fields.ts";
import { feedCreatedSchema, feedFileParams, feedStatusSchema } from "./calendar.schema.ts";
import { feedStatus, regenerateFeed, renderFeed, revokeFeed } from "./calendar.service.ts";

const tags = ["calendar"];

export async function calendarRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/calendar/feed",
    {
      schema: {
        tags,
        summary: "Whether you have a calendar feed, and since when (never its URL)",
        response: { 200: feedStatusSchema, 401: problemSchema },
      },
    },
    async (request) => {
      const s = await feedStatus(serviceContext(deps, request));
      return { exists: s.exists, createdAt: s.createdAt?.toISOString() ?? null };
    },
  );

  app.post(
    "/calendar/feed",
    {
      schema: {
        tags,
        summary: "Create or regenerate your calendar feed URL (shown once; the old URL stops)",
        response: { 201: feedCreatedSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await regenerateFeed(serviceContext(deps, request));
      const url = `${publicBase(deps.config, request)}/api/v1/calendar/${created.token}.ics`;
      // The URL is a credential: keep it out of every cache.
      reply.header("cache-control", "no-store");
      return reply.status(201).send({
        url,
        webcalUrl: url.replace(/^https?:/, "webcal:"),
        createdAt: created.createdAt.toISOString(),
      });
    },
  );

  app.delete(
    "/calendar/feed",
    {
      schema: {
        tags,
        summary: "Revoke your calendar feed URL",
        response: { 204: z.null(), 401: problemSchema, 403: problemSchema },
      },
    },
    async (request, reply) => {
      await revokeFeed(serviceContext(deps, request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/calendar/:file",
    {
      // The token in the path is the credential; calendar apps cannot sign in.
      config: { public: true },
      // Request lines are logged at info with their URL, which here holds the secret.
      logLevel: "warn",
      schema: {
        tags,
        summary: "Your visits as an iCalendar (RFC 5545) feed: GET /calendar/{token}.ics",
        description:
          "text/calendar; the last 30 and the next 90 days. Unknown, regenerated or revoked tokens are 404.",
        params: feedFileParams,
        // Sent as text/calendar, which the JSON serializer leaves alone.
        response: { 200: z.string(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      const body = await renderFeed(deps.database.db, request.params.file);
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("cache-control", "private, no-cache")
        .header("content-disposition", 'inline; filename="rapport.ics"')
        .send(body);
    },
  );
}
