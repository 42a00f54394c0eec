import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { migrationsCurrent } from "../db/migrate.ts";
import type { AppDeps } from "./deps.ts";
import { problem, sendProblem } from "./problem.ts";

export async function healthRoutes(app: FastifyInstance, deps: AppDeps) {
  // Liveness: the process answers. Touches nothing else.
  app.get("/health", { schema: { hide: true } }, async () => ({ status: "ok" }));

  // Readiness: the database answers and every shipped migration is applied.
  app.get("/ready", { schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.database.db.execute(sql`select 1`);
    } catch {
      return sendProblem(
        reply,
        problem(503, "database_unreachable", "The database does not answer."),
      );
    }
    if (!(await migrationsCurrent(deps.database))) {
      return sendProblem(
        reply,
        problem(503, "migrations_pending", "Database migrations are not applied."),
      );
    }
    return { status: "ready", database: deps.database.kind };
  });
}
