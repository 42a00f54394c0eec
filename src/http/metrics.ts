import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { safeEqual, sha256 } from "../modules/auth/secrets.ts";
import type { AppDeps } from "./deps.ts";
import { problem, sendProblem } from "./problem.ts";

/**
 * `GET /metrics` in Prometheus text format, for a scraper holding METRICS_TOKEN as a bearer
 * token. Without METRICS_TOKEN the route does not exist (404): nothing about the server's
 * load is public by default.
 *
 * - `http_request_duration_seconds{method,route,status_code}`: `route` is the route pattern
 *   (`/api/v1/customers/:id`), never the raw URL, so the label set stays small.
 * - `rapport_jobs{kind,status}`: the job queue by state (queued = depth, failed = given up).
 * - `rapport_jobs_oldest_queued_seconds`: how long the oldest due job has waited.
 * - `rapport_db_pool_connections{state}`: PostgreSQL pool connections (total, idle, waiting).
 * - `rapport_job_failures_total{runner}`: failed scheduler steps (`scheduler`) and failed
 *   queue job attempts (`queue`), counted where `rapport serve` logs them (`app.jobFailed`).
 * - `rapport_database_up`: 1 when the database answers; the scrape answers during an outage.
 * - the process's own metrics (CPU, memory, event-loop lag) with the `process_`/`nodejs_` prefix.
 *
 * Each server has its own registry: tests run several servers in one process.
 */
declare module "fastify" {
  interface FastifyInstance {
    /** Counts a background job failure (a no-op without METRICS_TOKEN). */
    jobFailed(runner: "scheduler" | "queue"): void;
  }
}

async function metricsPlugin(app: FastifyInstance, deps: AppDeps) {
  const token = deps.config.metricsToken;
  if (!token) {
    app.decorate("jobFailed", () => {});
    return;
  }
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const failures = new Counter({
    name: "rapport_job_failures_total",
    help: "Background job failures: scheduler steps, and attempts of queued jobs",
    labelNames: ["runner"] as const,
    registers: [registry],
  });
  // Both series exist from the start, so a rate() over them is 0, not absent.
  failures.inc({ runner: "scheduler" }, 0);
  failures.inc({ runner: "queue" }, 0);
  app.decorate("jobFailed", (runner: "scheduler" | "queue") => failures.inc({ runner }));

  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from request to response, by route pattern",
    labelNames: ["method", "route", "status_code"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  // Not encapsulated (fastify-plugin): the hook times every route registered after it.
  app.addHook("onResponse", async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? "unmatched",
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  const db = deps.database;
  // A scrape during a database outage still answers (that is when it matters): the queue
  // series are left out and rapport_database_up says why.
  const readOrNothing = async <T>(read: () => Promise<{ rows: T[] }>): Promise<T[]> => {
    try {
      return (await read()).rows;
    } catch {
      return [];
    }
  };
  // First: its values are read before the queries below take connections from the pool.
  if (db.pool) {
    const pool = db.pool;
    new Gauge({
      name: "rapport_db_pool_connections",
      help: "PostgreSQL pool connections: total open, idle, and requests waiting for one",
      labelNames: ["state"] as const,
      registers: [registry],
      collect() {
        this.set({ state: "total" }, pool.totalCount);
        this.set({ state: "idle" }, pool.idleCount);
        this.set({ state: "waiting" }, pool.waitingCount);
      },
    });
  }

  new Gauge({
    name: "rapport_jobs",
    help: "Background jobs in the queue, by kind and state",
    labelNames: ["kind", "status"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await readOrNothing(() =>
        db.query<{ kind: string; status: string; n: number }>(
          "select kind, status, count(*)::int as n from jobs group by kind, status",
        ),
      );
      for (const r of rows) this.set({ kind: r.kind, status: r.status }, r.n);
    },
  });
  new Gauge({
    name: "rapport_jobs_oldest_queued_seconds",
    help: "How long the oldest due, unclaimed job has waited (0 when none)",
    registers: [registry],
    async collect() {
      const rows = await readOrNothing(() =>
        db.query<{ s: number | null }>(
          "select extract(epoch from now() - min(run_after))::float8 as s from jobs where status = 'queued' and run_after <= now()",
        ),
      );
      this.set(Math.max(0, rows[0]?.s ?? 0));
    },
  });
  new Gauge({
    name: "rapport_database_up",
    help: "1 when the database answers a query during the scrape, else 0",
    registers: [registry],
    async collect() {
      const rows = await readOrNothing(() => db.query<{ one: number }>("select 1 as one"));
      this.set(rows.length);
    },
  });
  const expected = sha256(`Bearer ${token}`);
  app.get("/metrics", { schema: { hide: true } }, async (request, reply) => {
    // Hashes compared, so the comparison's time says nothing about the token's length.
    if (!safeEqual(sha256(request.headers.authorization ?? ""), expected)) {
      reply.header("www-authenticate", 'Bearer realm="metrics"');
      return sendProblem(
        reply,
        problem(401, "unauthenticated", "GET /metrics needs the METRICS_TOKEN as a bearer token."),
      );
    }
    const text = await registry.metrics();
    return reply.type(registry.contentType).send(text);
  });
}

/** Registered before the routes it times. */
export const metrics = fp(metricsPlugin, { name: "rapport-metrics" });
