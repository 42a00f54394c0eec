import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
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
        response: { 200: kpiReportSchema },
      },
      // A rep or team out of the caller's reach is 404.
      config: { namesRecord: true },
    },
    async ({ ctx, query }) => presentKpis(await visitKpis(ctx, query)),
  );
}
