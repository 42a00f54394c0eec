import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import type { ServiceContext } from "../modules/common/context.ts";
import { idParams } from "../modules/common/fields.ts";
import { type Reader, readerOf } from "./reader.ts";

type Paged<Row> = { items: Row[]; nextCursor: string | null };
type ItemOf<S extends z.ZodType> = z.input<S> extends { items: (infer I)[] } ? I : never;
type ExtraOf<S extends z.ZodType> = Omit<z.input<S>, "items" | "nextCursor">;

/**
 * Who reads the page and when: the reader's language, and one instant for the whole request,
 * so the query and every row's "overdue" or "missed" are judged at the same moment.
 */
export type PageView = Reader & { now: Date };

/**
 * A cursor-paginated list — `GET /customers`, or `GET /customers/:id/contacts` under a parent:
 * the query schema, the service call (its scope comes with `ctx`) and the presenter of one
 * row; the kit answers the `{ items, nextCursor }` envelope.
 */
export type ListSpec<Row, Page extends Paged<Row>, Q extends z.ZodType, S extends z.ZodType> = {
  path: string;
  tags: string[];
  summary: string;
  description?: string;
  query: Q;
  /** The page's response schema (`pageOf(item, "CustomerPage")`). */
  schema: S;
  /**
   * `parentId` is the path's `:id` when it names one (`""` otherwise); `view` is for lists
   * whose service renders texts itself (the timeline) or judges rows by the time (exceptions).
   */
  list: (
    ctx: ServiceContext,
    query: z.output<Q>,
    parentId: string,
    view: PageView,
  ) => Promise<Page & Paged<Row>>;
  /** One row as the API shows it; `page` is what the service found beside the rows. */
  present: (row: Row, view: PageView, page: Page) => ItemOf<S>;
  /** What the page answers beside items and nextCursor (notifications' unreadCount). */
  extra?: (page: Page) => ExtraOf<S>;
  /** The query names a record (`?entityId=`): 404 when it is missing or out of reach. */
  namesRecord?: boolean;
};

type Request = { Params: { id?: string }; Querystring: unknown };

/** Registered without the zod type provider: the spec's types already tie schemas and code. */
export function listRoute<Row, Page extends Paged<Row>, Q extends z.ZodType, S extends z.ZodType>(
  app: FastifyInstance,
  spec: ListSpec<Row, Page, Q, S>,
) {
  const { tags, summary, description, present, extra } = spec;
  const params = spec.path.includes(":id") ? { params: idParams } : {};
  const response = { 200: spec.schema };
  app.get<Request>(
    spec.path,
    {
      schema: {
        tags,
        summary,
        ...(description && { description }),
        ...params,
        querystring: spec.query,
        response,
      },
      config: { namesRecord: spec.namesRecord },
    },
    async (request) => {
      const query = request.query as z.output<Q>;
      const view: PageView = { ...readerOf(request), now: new Date() };
      const page = await spec.list(request.ctx, query, request.params.id ?? "", view);
      const items = page.items.map((row) => present(row, view, page));
      return { ...extra?.(page), items, nextCursor: page.nextCursor };
    },
  );
}
