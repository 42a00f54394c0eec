import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { sendCreate, serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { etag, requireIfMatch } from "../../http/etag.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { presentStrategy } from "./strategies.presenter.ts";
import {
  kpiSchema,
  runResultSchema,
  strategyCreateSchema,
  strategyListQuerySchema,
  strategyPageSchema,
  strategyPatchSchema,
  strategySchema,
} from "./strategies.schema.ts";
import {
  createStrategy,
  deleteStrategy,
  getStrategy,
  getStrategyKpis,
  listStrategiesPage,
  patchStrategy,
  runStrategy,
} from "./strategies.service.ts";

const tags = ["strategies"];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema };
const ifMatchHeader = z.object({ "if-match": z.string().optional() });

export async function strategyRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/strategies",
    {
      schema: {
        tags,
        summary: "List the strategies you can see (company-wide and your team's; admins all)",
        querystring: strategyListQuerySchema,
        response: { 200: strategyPageSchema, 400: problemSchema },
      },
    },
    async (request) => {
      const page = await listStrategiesPage(serviceContext(deps, request), request.query);
      return { items: page.items.map(presentStrategy), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/strategies",
    {
      schema: {
        tags,
        summary: "Create a strategy (admins; managers for their team; honours Idempotency-Key)",
        headers: z.object({ "idempotency-key": z.string().optional() }),
        body: strategyCreateSchema,
        response: { 201: strategySchema, 409: problemSchema, 422: problemSchema, ...errors },
      },
    },
    (request, reply) =>
      sendCreate(deps, request, reply, async (ctx) => {
        const row = await createStrategy(ctx, request.body);
        return {
          status: 201,
          body: presentStrategy(row),
          headers: { etag: etag(row.version), location: `/api/v1/strategies/${row.id}` },
        };
      }),
  );

  app.get(
    "/strategies/:id",
    {
      schema: {
        tags,
        summary: "Read a strategy",
        params: idParams,
        response: { 200: strategySchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await getStrategy(serviceContext(deps, request), request.params.id);
      reply.header("etag", etag(row.version));
      return presentStrategy(row);
    },
  );

  app.patch(
    "/strategies/:id",
    {
      schema: {
        tags,
        summary: "Update a strategy (If-Match required)",
        params: idParams,
        headers: ifMatchHeader,
        body: strategyPatchSchema,
        response: {
          200: strategySchema,
          412: problemSchema,
          422: problemSchema,
          428: problemSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await patchStrategy(
        serviceContext(deps, request),
        request.params.id,
        version,
        request.body,
      );
      reply.header("etag", etag(row.version));
      return presentStrategy(row);
    },
  );

  app.delete(
    "/strategies/:id",
    {
      schema: {
        tags,
        summary: "Delete a strategy (If-Match required; its follow-ups stay)",
        params: idParams,
        headers: ifMatchHeader,
        response: { 200: strategySchema, 412: problemSchema, 428: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await deleteStrategy(serviceContext(deps, request), request.params.id, version);
      reply.header("etag", etag(row.version));
      return presentStrategy(row);
    },
  );

  app.post(
    "/strategies/:id/run",
    {
      schema: {
        tags,
        summary:
          "Run a strategy for the current period: follow-ups for the matching customers in your scope (idempotent per period)",
        params: idParams,
        response: { 200: runResultSchema, 409: problemSchema, ...errors },
      },
    },
    async (request) => runStrategy(serviceContext(deps, request), request.params.id),
  );

  app.get(
    "/strategies/:id/kpis",
    {
      schema: {
        tags,
        summary: "A strategy's outcomes over the customers in your scope",
        params: idParams,
        response: { 200: kpiSchema, ...errors },
      },
    },
    async (request) => getStrategyKpis(serviceContext(deps, request), request.params.id),
  );
}
