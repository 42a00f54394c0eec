import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance } from "fastify";

/** What a client or proxy may send as its own request id: a token, never anything to escape. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's id: the caller's `X-Request-Id` when it is a sane token (a proxy or client
 * correlating its logs with ours), else a fresh UUID. It names the request in every log line
 * and comes back in the response's `X-Request-Id`.
 */
export function requestId(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && SANE_ID.test(given) ? given : randomUUID();
}

/** Liveness and readiness probes: a load balancer asks every few seconds. */
export function isProbe(req: { url?: string }): boolean {
  const path = req.url?.split("?")[0];
  return path === "/health" || path === "/ready";
}

/**
 * Echoes the request id, and logs probes at debug instead of info (fastify's own request
 * lines are turned off for them with `disableRequestLogging: isProbe`), so they do not drown
 * the log of a production server but can still be seen with LOG_LEVEL=debug.
 */
export function requestLogging(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  app.addHook("onResponse", async (request, reply) => {
    if (isProbe(request)) {
      request.log.debug(
        { req: request, res: reply, responseTime: reply.elapsedTime },
        "probe answered",
      );
    }
  });
}
