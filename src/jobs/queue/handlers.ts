import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { computePlan, failPlan, PLAN_JOB } from "../../modules/visit-plans/visit-plans.service.ts";
import { startWorker, type Worker } from "./worker.ts";

/** The job handlers of this server; started by `rapport serve` (and by tests that need them). */
export function startJobWorker(
  db: Db,
  config: Config,
  opts: { pollMs?: number; leaseMs?: number; log?: (msg: string, err?: unknown) => void } = {},
): Worker {
  return startWorker({
    db,
    pollMs: opts.pollMs,
    leaseMs: opts.leaseMs,
    log: opts.log,
    handlers: {
      [PLAN_JOB]: async (payload, job, ctx) => {
        const { planId } = payload as { planId: string };
        try {
          await computePlan(db, planId, config.visits, ctx.progress);
        } catch (err) {
          // The last attempt leaves the plan failed with a reason a user can read.
          if (job.attempts >= 3)
            await failPlan(db, planId, err instanceof Error ? err.message : String(err));
          throw err;
        }
      },
    },
  });
}
