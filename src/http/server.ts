import { existsSync } from "node:fs";
import { join } from "node:path";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, validatorCompiler } from "fastify-type-provider-zod";
import { RateLimitedError } from "../errors.ts";
import { appConfigRoutes } from "../modules/app-config/app-config.routes.ts";
import { auditRoutes } from "../modules/audit/audit.routes.ts";
import { authRoutes } from "../modules/auth/auth.routes.ts";
import { calendarRoutes } from "../modules/calendar/calendar.routes.ts";
import { communicationRoutes } from "../modules/communications/communications.routes.ts";
import { contactRoutes } from "../modules/contacts/contacts.routes.ts";
import { customerRoutes } from "../modules/customers/customers.routes.ts";
import { followUpRoutes } from "../modules/follow-ups/follow-ups.routes.ts";
import { needRoutes } from "../modules/needs/needs.routes.ts";
import { notificationRoutes } from "../modules/notifications/notifications.routes.ts";
import { strategyRoutes } from "../modules/strategies/strategies.routes.ts";
import { teamRoutes } from "../modules/teams/teams.routes.ts";
import { timelineRoutes } from "../modules/timeline/timeline.routes.ts";
import { userRoutes } from "../modules/users/users.routes.ts";
import { visitExceptionRoutes } from "../modules/visit-exceptions/visit-exceptions.routes.ts";
import { visitKpiRoutes } from "../modules/visit-kpis/visit-kpis.routes.ts";
import { visitPlanRoutes } from "../modules/visit-plans/visit-plans.routes.ts";
import { visitPhotoRoutes } from "../modules/visits/visit-photos.routes.ts";
import { visitRoutes } from "../modules/visits/visits.routes.ts";
import { authentication } from "./auth.ts";
import { imageSources, tlsAwarePolicy } from "./csp.ts";
import type { AppDeps } from "./deps.ts";
import { healthRoutes } from "./health.ts";
import { safeInput } from "./input-safety.ts";
import { metrics } from "./metrics.ts";
import { securitySchemes, transformDocument } from "./openapi.ts";
import { problem, sendProblem, toProblem } from "./problem.ts";
import { echoRequestId, RequestLogController, requestId } from "./request-log.ts";
import { routes } from "./route-kit.ts";
import { serializerCompiler } from "./serializer.ts";
import { sourceRoutes } from "./source.ts";

/** A hop count becomes "trust the nearest N hops"; addresses pass through to proxy-addr. */
function trustFor(setting: false | number | string) {
  if (typeof setting !== "number") return setting;
  return (_address: string, hop: number) => hop < setting;
}

export function maskSecrets(url: string): string {
  return url.replace(/(\/calendar\/)[^/?]+(\.ics)/, "$1…$2");
}

/** The built web app (`npm run build:web`); absent in a checkout that never built it. */
const webRoot = join(import.meta.dirname, "..", "..", "web", "dist");

/** `logStream`: where log lines go instead of stdout (tests read them). */
export async function buildServer(
  deps: AppDeps,
  opts: { logStream?: { write(line: string): void } } = {},
): Promise<FastifyInstance> {
  const serveWeb = existsSync(join(webRoot, "index.html"));
  const app = Fastify({
    logger:
      deps.config.logLevel === "silent"
        ? false
        : {
            level: deps.config.logLevel,
            ...(opts.logStream ? { stream: opts.logStream } : {}),
            // Never log bodies or credentials.
            redact: ["req.headers.authorization", "req.headers.cookie"],
            serializers: {
              // The calendar feed's URL is its secret: log it masked, at any level.
              req: (req: { method: string; url: string }) => ({
                method: req.method,
                url: maskSecrets(req.url),
              }),
            },
          },
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: trustFor(deps.config.trustProxy),
    return503OnClosing: true,
    genReqId: requestId,
    logController: new RequestLogController(),
  });
  echoRequestId(app);
  app.setValidatorCompiler(validatorCompiler);
  // Compiled fast-json-stringify serialisers from the zod response schemas (see serializer.ts).
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err, request, reply) => {
    if (err instanceof RateLimitedError) reply.header("retry-after", String(err.retryAfterSeconds));
    return sendProblem(reply, toProblem(err, request));
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0]!;
    // SPA fallback: the web app routes client-side, so any other page GET gets its index.html.
    // API paths and files that look like assets (a dot in the last segment) stay a 404.
    const page =
      (request.method === "GET" || request.method === "HEAD") &&
      path !== "/api" &&
      path !== "/metrics" &&
      !path.startsWith("/api/") &&
      !/\.[^/]*$/.test(path);
    if (serveWeb && page) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    return sendProblem(
      reply,
      problem(404, "route_not_found", `No route for ${request.method} ${path}.`),
    );
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Map tiles come from the configured tile server (MAP_TILE_URL), and from no other.
        imgSrc: imageSources(deps.config.map.tileUrl),
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    frameguard: { action: "deny" },
  });
  // Added before the docs plugin so its pages inherit it (they use this same policy).
  app.addHook("onSend", async (request, reply) => {
    const policy = reply.getHeader("content-security-policy");
    if (typeof policy === "string") {
      reply.header("content-security-policy", tlsAwarePolicy(policy, request.protocol === "https"));
    }
  });
  await app.register(metrics, deps);
  await app.register(cookie);
  await app.register(authentication, deps);
  await app.register(safeInput);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Rapport API",
        version: "1",
        description:
          "Field-sales CRM. Conventions (pagination, errors, ETag, idempotency): see docs/api.md.",
      },
      components: { securitySchemes },
    },
    transform: jsonSchemaTransform,
    transformObject: transformDocument,
  });
  await app.register(swaggerUi, {
    // No static CSP of its own: this swagger-ui has no inline scripts, so the app's policy
    // (helmet's, TLS-aware above) serves the docs page too.
    routePrefix: "/api/docs",
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  await app.register(routes, deps);
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: "/",
      // index.html must be revalidated so a new build is picked up; hashed assets never change.
      setHeaders: (reply, filePath) => {
        reply.header(
          "cache-control",
          filePath.includes(join("dist", "assets"))
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        );
      },
    });
  }
  await app.register(healthRoutes, deps);
  if (!deps.config.sourceUrl) await app.register(sourceRoutes);
  await app.register(
    async (v1) => {
      await v1.register(appConfigRoutes, deps);
      await v1.register(authRoutes, deps);
      await v1.register(userRoutes, deps);
      await v1.register(teamRoutes, deps);
      await v1.register(customerRoutes, deps);
      await v1.register(contactRoutes, deps);
      await v1.register(auditRoutes, deps);
      await v1.register(communicationRoutes, deps);
      await v1.register(needRoutes, deps);
      await v1.register(followUpRoutes, deps);
      await v1.register(timelineRoutes, deps);
      await v1.register(notificationRoutes, deps);
      await v1.register(strategyRoutes, deps);
      await v1.register(visitRoutes, deps);
      await v1.register(visitPhotoRoutes, deps);
      await v1.register(visitPlanRoutes, deps);
      await v1.register(visitKpiRoutes, deps);
      await v1.register(visitExceptionRoutes, deps);
      await v1.register(calendarRoutes, deps);
    },
    { prefix: "/api/v1" },
  );
  return app;
}
