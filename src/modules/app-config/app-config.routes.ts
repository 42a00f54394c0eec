import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../http/deps.ts";

const appConfigSchema = z
  .object({
    map: z.object({
      tileUrl: z.string().describe("XYZ tile template; empty means draw without tiles"),
      attribution: z.string(),
    }),
    visitRadiusM: z.number().int(),
    sourceUrl: z
      .string()
      .describe(
        "Where this server's source code is offered (AGPL-3.0 section 13): a URL or a path",
      ),
  })
  .meta({ id: "AppConfig" });

/**
 * What the web app needs to know about this installation, read at run time so that changing
 * the tile server is a restart, not a rebuild. Public: holds nothing secret.
 */
export async function appConfigRoutes(app: FastifyInstance, deps: AppDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/app-config",
    {
      config: { public: true },
      schema: {
        tags: ["app"],
        summary:
          "Installation settings the web app reads (map tiles, check-in radius, source link)",
        response: { 200: appConfigSchema },
      },
    },
    async () => ({
      map: { tileUrl: deps.config.map.tileUrl, attribution: deps.config.map.attribution },
      visitRadiusM: deps.config.visits.radiusM,
      sourceUrl: deps.config.sourceUrl ?? "/source.tar.gz",
    }),
  );
}
