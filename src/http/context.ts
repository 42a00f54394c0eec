import type { FastifyReply, FastifyRequest } from "fastify";
import { scopeFor } from "../modules/access/scope.ts";
import type { ServiceContext } from "../modules/common/context.ts";
import { runIdempotent, type StoredResponse } from "../modules/idempotency/idempotency.service.ts";
import { requireAuth } from "./auth.ts";
import type { AppDeps } from "./deps.ts";

/** The context every authenticated route hands its service: the caller and their scope. */
export function serviceContext(deps: AppDeps, request: FastifyRequest): ServiceContext {
  const { actor } = requireAuth(request);
  return { db: deps.database.db, actor, scope: scopeFor(actor) };
}

/**
 * Runs a create. With an Idempotency-Key header the work, and the response it produced,
 * commit together and a retry replays that response; without one it simply runs.
 */
export async function sendCreate(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  work: (ctx: ServiceContext) => Promise<StoredResponse>,
) {
  const ctx = serviceContext(deps, request);
  const header = request.headers["idempotency-key"];
  const key = Array.isArray(header) ? header.join(",") : header;
  if (key === undefined) {
    const res = await work(ctx);
    return reply.status(res.status).headers(res.headers).send(res.body);
  }
  const res = await runIdempotent(
    deps.database.db,
    {
      scope: ctx.actor?.id ?? "system",
      key,
      endpoint: `${request.method} ${request.url.split("?")[0]}`,
      body: request.body,
      ttlHours: deps.config.idempotencyTtlHours,
    },
    (tx) => work({ ...ctx, db: tx }),
  );
  if (res.replayed) reply.header("idempotent-replayed", "true");
  return reply.status(res.status).headers(res.headers).send(res.body);
}
