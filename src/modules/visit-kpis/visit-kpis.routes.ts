import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { problemSchema } from "../common/fields.ts";
import { presentKpis } from "./visit-kpis.presenter.ts";
import { kpiQuerySchema, kpiReportSchema } from "./visit-kpis.schema.ts";
import { visitKpis } from "./visit-kpis.service.ts";

export async function visitKpiRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/visits/kpis",
    {
      schema: {
        tags: ["visits"],
        summary:
          "Visit KPIs per rep and in total: visits per working day, plan completion, coverage, valid visits, dwell, travel vs face time, effectiveness",
        description:
          "Definitions: docs/calendar-and-kpis.md. Dates are whole days in each rep's time zone.",
        querystring: kpiQuerySchema,
        // A rep or team out of the caller's reach is 404; the kit adds 404 only for ids in paths.
        response: { 200: kpiReportSchema, 404: problemSchema },
      },
    },
    async ({ ctx, query }) => presentKpis(await visitKpis(ctx, query)),
  );
}
