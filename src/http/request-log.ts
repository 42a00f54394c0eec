import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from "fastify";

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
function isProbe(request: FastifyRequest): boolean {
  const path = request.url.split("?")[0];
  return path === "/health" || path === "/ready";
}

/**
 * Fastify's request log lines, except that a probe answered without error leaves one debug
 * line instead of two info lines: probes must not drown a production server's log, but can
 * still be followed with LOG_LEVEL=debug.
 */
export class RequestLogController extends LogController {
  override incomingRequest(request: FastifyRequest, reply: FastifyReply): void {
    if (!isProbe(request)) super.incomingRequest(request, reply);
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error || !isProbe(request)) {
      super.requestCompleted(error, request, reply);
      return;
    }
    request.log.debug(
      { req: request, res: reply, responseTime: reply.elapsedTime },
      "request completed",
    );
  }
}

/** Echoes the request id to the caller, on every answer including errors. */
export function echoRequestId(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
}
