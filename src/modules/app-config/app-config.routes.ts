import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { appConfigSchema } from "./app-config.schema.ts";

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
      map: {
        tileUrl: deps.config.map.tileUrl,
        attribution: deps.config.map.attribution,
        crs: deps.config.map.crs,
        subdomains: deps.config.map.subdomains,
      },
      visitRadiusM: deps.config.visits.radiusM,
      checkInWindowMarginMinutes: deps.config.visits.windowMarginMinutes,
      photoMaxBytes: deps.config.files.photoMaxBytes,
      sourceUrl: deps.config.sourceUrl ?? "/source.tar.gz",
    }),
  );
}
