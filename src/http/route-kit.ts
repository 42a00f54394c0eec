import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import fp from "fastify-plugin";
import { z } from "zod";
import type { ServiceContext } from "../modules/common/context.ts";
import { problemSchema } from "../modules/common/fields.ts";
import { sendCreate, serviceContext } from "./context.ts";
import type { AppDeps } from "./deps.ts";
import { etag, requireIfMatch } from "./etag.ts";
import { operationIdFor } from "./operation-id.ts";

/**
 * The route kit: what every endpoint shares is declared, not retyped. A route states its
 * schema, its summary and what is special about it (`config.ifMatch`, `config.public`), and
 * calls one service with `request.ctx`; the kit adds the rest:
 * - `request.ctx`, the service context (caller and row scope);
 * - `request.expectedVersion` from If-Match (`required`: 428 without it; `optional`: checked
 *   when sent), with the header declared in the OpenAPI document;
 * - an ETag from the `version` of any single record a route returns;
 * - the standard error responses, from one table, so the document is right by construction;
 * - an operationId and the security requirement of every operation.
 * Creates call `create()`, which adds Idempotency-Key, 201, ETag and Location.
 */
declare module "fastify" {
  interface FastifyContextConfig {
    /** If-Match on this write: "required" answers 428 without it; "optional" checks it when sent. */
    ifMatch?: "required" | "optional";
    /** A create (POST that makes a record): the kit declares Idempotency-Key for it. */
    create?: boolean;
    /**
     * The body or query names a record (a customer, a rep) that may be missing or out of the
     * caller's reach: 404, which the kit otherwise declares only for ids in the path.
     */
    namesRecord?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in caller's service context. */
    readonly ctx: ServiceContext;
    /** The version If-Match names; null for `*`, or when optional and not sent. */
    expectedVersion: number | null;
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
const WRITES = new Set<string>(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Which errors an operation can answer, by what it is. Every one is problem+json.
 * 503: the database is unreachable, on any route that reads it.
 */
export function standardErrors(route: {
  method: string;
  url: string;
  isPublic: boolean;
  ifMatch?: "required" | "optional";
  namesRecord?: boolean;
}): number[] {
  const codes = [400, 503];
  if (!route.isPublic) codes.push(401, 403);
  if (route.url.includes(":") || route.namesRecord) codes.push(404);
  if (WRITES.has(route.method)) codes.push(409, 422);
  if (route.ifMatch) codes.push(412);
  if (route.ifMatch === "required") codes.push(428);
  return codes.sort((a, b) => a - b);
}

const ifMatchHeader = z
  .string()
  .optional()
  .meta({ description: 'The ETag you read, e.g. "3", or * for any version.' });
const idempotencyKeyHeader = z.string().optional().meta({
  description: "Makes a retry of this create safe: the same key replays the first answer.",
});

function addHeaders(route: RouteOptions, extra: Record<string, z.ZodType>) {
  route.schema ??= {};
  const schema = route.schema;
  const current = schema.headers as z.ZodObject | undefined;
  schema.headers = current ? current.extend(extra) : z.object(extra);
}

function declare(route: RouteOptions) {
  if (!route.url.startsWith("/api/v1/")) return;
  const config = route.config ?? {};
  const methods = (Array.isArray(route.method) ? route.method : [route.method]) as Method[];
  route.schema ??= {};
  const schema = route.schema;
  if (schema.hide) return;
  // A copy: routes may share one response map (recordRoutes), and a GET must not list a PATCH's errors.
  const response = { ...(schema.response as Record<number, unknown> | undefined) };
  schema.response = response;
  for (const method of methods) {
    for (const code of standardErrors({
      method,
      url: route.url,
      isPublic: Boolean(config.public),
      ifMatch: config.ifMatch,
      namesRecord: config.namesRecord,
    })) {
      response[code] ??= problemSchema;
    }
    (schema as { operationId?: string }).operationId ??= operationIdFor(method, route.url);
  }
  if (!config.public) {
    (schema as { security?: unknown }).security ??= [{ bearer: [] }, { cookie: [] }];
  }
  if (config.ifMatch) addHeaders(route, { "if-match": ifMatchHeader });
  if (config.create) addHeaders(route, { "idempotency-key": idempotencyKeyHeader });
}

function hasVersion(payload: unknown): payload is { version: number } {
  return (
    typeof payload === "object" &&
    payload !== null &&
    typeof (payload as { version?: unknown }).version === "number"
  );
}

async function routeKit(app: FastifyInstance, deps: AppDeps) {
  app.decorateRequest("ctx", {
    getter(this: FastifyRequest) {
      return serviceContext(deps, this);
    },
  });
  app.decorateRequest("expectedVersion", null);
  app.addHook("onRoute", declare);
  app.addHook("preHandler", async (request) => {
    const mode = request.routeOptions.config?.ifMatch;
    if (mode === "required" || (mode === "optional" && request.headers["if-match"])) {
      request.expectedVersion = requireIfMatch(request);
    }
  });
  // One record out, its version as the ETag: a client's next write sends it back in If-Match.
  app.addHook("preSerialization", async (_request, reply, payload) => {
    if (reply.statusCode < 300 && !reply.hasHeader("etag") && hasVersion(payload)) {
      reply.header("etag", etag(payload.version));
    }
    return payload;
  });
}

export const routes = fp(routeKit, { name: "rapport-route-kit" });

/**
 * A create: runs `work` (inside the idempotency record's transaction when the request has an
 * Idempotency-Key), answers 201 with the presented record, its ETag and its Location — the
 * collection named by the route's last static segment (`POST /customers/:id/contacts` makes
 * `/api/v1/contacts/{id}`).
 */
export function create<T extends { id: string; version?: number }>(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  work: (ctx: ServiceContext) => Promise<T>,
  present: (row: T) => unknown,
) {
  const collection = request.routeOptions.url
    ?.split("/")
    .filter((s) => s && !s.startsWith(":"))
    .at(-1);
  return sendCreate(deps, request, reply, async (ctx) => {
    const row = await work(ctx);
    const headers: Record<string, string> = { location: `/api/v1/${collection}/${row.id}` };
    if (row.version !== undefined) headers.etag = etag(row.version);
    return { status: 201, body: present(row), headers };
  });
}

/** The `{ items, nextCursor }` envelope every cursor-paginated list answers with. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() }).meta({ id });
}
