import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import type { ServiceContext } from "../modules/common/context.ts";
import { idParams } from "../modules/common/fields.ts";
import type { AppDeps } from "./deps.ts";
import { type Reader, readerOf } from "./reader.ts";
import { create } from "./route-kit.ts";

/**
 * The four routes of a versioned, soft-deletable record — read, update (If-Match required),
 * soft-delete (If-Match required) and restore (If-Match optional) — from its path, its
 * schemas and its service functions. Customers, contacts and communications are such records;
 * what differs between them is data, not code.
 */
export type RecordSpec<Row, P extends z.ZodType, S extends z.ZodType> = {
  /** The collection, e.g. "/customers"; routes are `${path}/:id` and `${path}/:id/restore`. */
  path: string;
  /** "customer": used in the summaries. */
  noun: string;
  tags: string[];
  /** The record's response schema; `present` must produce it (checked at the call site). */
  schema: S;
  patchSchema: P;
  present: (row: Row, reader: Reader) => z.input<S>;
  /** Omitted where the read answers another shape (a need's detail) or does not exist. */
  get?: (ctx: ServiceContext, id: string) => Promise<Row>;
  patch: (
    ctx: ServiceContext,
    id: string,
    version: number | null,
    body: z.output<P>,
  ) => Promise<Row>;
  remove?: (ctx: ServiceContext, id: string, version: number | null) => Promise<Row>;
  restore?: (ctx: ServiceContext, id: string, version: number | null) => Promise<Row>;
  /** Summaries that say more than the defaults ("Update a customer"). */
  summaries?: { get?: string; patch?: string; remove?: string; restore?: string };
};

type ById = { Params: { id: string } };

/** Registered without the zod type provider: the spec's types already tie schemas and code. */
export function recordRoutes<Row, P extends z.ZodType, S extends z.ZodType>(
  app: FastifyInstance,
  spec: RecordSpec<Row, P, S>,
) {
  const { tags, noun, present, get, remove, restore } = spec;
  const item = `${spec.path}/:id`;
  const response = { 200: spec.schema };
  const params = idParams;

  if (get) {
    app.get<ById>(
      item,
      { schema: { tags, summary: spec.summaries?.get ?? `Read a ${noun}`, params, response } },
      async (request) => present(await get(request.ctx, request.params.id), readerOf(request)),
    );
  }
  app.patch<ById & { Body: z.output<P> }>(
    item,
    {
      schema: {
        tags,
        summary: spec.summaries?.patch ?? `Update a ${noun}`,
        params,
        body: spec.patchSchema,
        response,
      },
      config: { ifMatch: "required" },
    },
    async (request) =>
      present(
        await spec.patch(
          request.ctx,
          request.params.id,
          request.expectedVersion,
          request.body as z.output<P>,
        ),
        readerOf(request),
      ),
  );
  if (remove) {
    const summary =
      spec.summaries?.remove ??
      (restore ? `Soft-delete a ${noun} (restore with POST …/restore)` : `Delete a ${noun}`);
    app.delete<ById>(
      item,
      { schema: { tags, summary, params, response }, config: { ifMatch: "required" } },
      async (request) =>
        present(
          await remove(request.ctx, request.params.id, request.expectedVersion),
          readerOf(request),
        ),
    );
  }
  if (restore) {
    const summary = spec.summaries?.restore ?? `Restore a soft-deleted ${noun}`;
    app.post<ById>(
      `${item}/restore`,
      { schema: { tags, summary, params, response }, config: { ifMatch: "optional" } },
      async (request) =>
        present(
          await restore(request.ctx, request.params.id, request.expectedVersion),
          readerOf(request),
        ),
    );
  }
}

/**
 * An action on one record — `POST /visits/:id/check-in`, `/needs/:id/transition` — that
 * answers with the record: the body schema, the service call and the presenter, nothing else.
 */
export type ActionSpec<Row, B extends z.ZodType, S extends z.ZodType> = {
  path: string;
  tags: string[];
  summary: string;
  /** Omitted for actions that take no body. */
  body?: B;
  schema: S;
  present: (row: Row, reader: Reader) => z.input<S>;
  ifMatch?: "required" | "optional";
  run: (ctx: ServiceContext, id: string, body: z.output<B>, version: number | null) => Promise<Row>;
};

export function recordAction<Row, B extends z.ZodType, S extends z.ZodType>(
  app: FastifyInstance,
  spec: ActionSpec<Row, B, S>,
) {
  const { tags, summary, body, present } = spec;
  app.post<ById & { Body: z.output<B> }>(
    spec.path,
    {
      schema: {
        tags,
        summary,
        params: idParams,
        ...(body && { body }),
        response: { 200: spec.schema },
      },
      config: spec.ifMatch ? { ifMatch: spec.ifMatch } : {},
    },
    async (request) =>
      present(
        await spec.run(
          request.ctx,
          request.params.id,
          request.body as z.output<B>,
          request.expectedVersion,
        ),
        readerOf(request),
      ),
  );
}

/**
 * A create — `POST /customers`, or `POST /customers/:id/contacts` under a parent — through the
 * kit's `create()`: Idempotency-Key, 201, ETag, Location. `run` gets the parent's id when the
 * path names one (`""` otherwise).
 */
export type CreateSpec<
  Row extends { id: string; version?: number },
  B extends z.ZodType,
  S extends z.ZodType,
> = {
  path: string;
  tags: string[];
  summary: string;
  body: B;
  schema: S;
  present: (row: Row, reader: Reader) => z.input<S>;
  run: (ctx: ServiceContext, body: z.output<B>, parentId: string) => Promise<Row>;
  /** The body names a record (the visit's customer): 404 when it is missing or out of reach. */
  namesRecord?: boolean;
};

export function recordCreate<
  Row extends { id: string; version?: number },
  B extends z.ZodType,
  S extends z.ZodType,
>(app: FastifyInstance, deps: AppDeps, spec: CreateSpec<Row, B, S>) {
  const { tags, summary, body, present } = spec;
  const params = spec.path.includes(":id") ? { params: idParams } : {};
  app.post<{ Params: { id?: string }; Body: z.output<B> }>(
    spec.path,
    {
      schema: { tags, summary, ...params, body, response: { 201: spec.schema } },
      config: { create: true, namesRecord: spec.namesRecord },
    },
    (request, reply) =>
      create(
        deps,
        request,
        reply,
        (ctx) => spec.run(ctx, request.body as z.output<B>, request.params.id ?? ""),
        (row) => present(row, readerOf(request)),
      ),
  );
}
