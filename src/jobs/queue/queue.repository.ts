import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { jobs } from "../../db/schema/visits.ts";
import { queryRows } from "../../db/sql.ts";

export type JobRow = typeof jobs.$inferSelect;

export async function enqueueJob(
  ex: Executor,
  kind: string,
  payload: unknown,
  runAfter?: Date,
): Promise<JobRow> {
  const [row] = await ex
    .insert(jobs)
    .values({ kind, payload, ...(runAfter ? { runAfter } : {}) })
    .returning();
  return row!;
}

/**
 * Claims the oldest runnable job of the given kinds: queued ones, and running ones whose
 * lease ran out (their process died). SKIP LOCKED lets several processes claim at once
 * without waiting on each other or taking the same job.
 */
export async function claimJob(
  ex: Executor,
  kinds: string[],
  workerId: string,
  leaseMs: number,
): Promise<JobRow | undefined> {
  const rows = await queryRows<{ id: number }>(
    ex,
    sql`update ${jobs} set status = 'running', locked_by = ${workerId},
          lease_until = now() + make_interval(secs => ${leaseMs / 1000}),
          attempts = ${jobs.attempts} + 1, updated_at = now()
        where ${jobs.id} = (
          select id from ${jobs}
          where kind = any(${sql.param(kinds)}::text[]) and run_after <= now()
            and (status = 'queued' or (status = 'running' and lease_until < now()))
          order by id
          for update skip locked
          limit 1)
        returning ${jobs.id} as id`,
  );
  const id = rows[0]?.id;
  if (id === undefined) return undefined;
  const [row] = await ex
    .select()
    .from(jobs)
    .where(eq(jobs.id, Number(id)));
  return row;
}

/** Extends the lease and records progress; false if another worker has taken the job over. */
export async function heartbeatJob(
  ex: Executor,
  id: number,
  workerId: string,
  leaseMs: number,
  progress: number,
): Promise<boolean> {
  const rows = await ex
    .update(jobs)
    .set({
      progress,
      leaseUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, "running")))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export async function finishJob(
  ex: Executor,
  id: number,
  workerId: string,
  outcome:
    | { status: "done" }
    | { status: "failed"; error: string }
    | { status: "queued"; error: string; runAfter: Date },
): Promise<void> {
  await ex
    .update(jobs)
    .set({
      status: outcome.status,
      progress: outcome.status === "done" ? 100 : sql`${jobs.progress}`,
      error: "error" in outcome ? outcome.error : null,
      runAfter: "runAfter" in outcome ? outcome.runAfter : sql`${jobs.runAfter}`,
      lockedBy: null,
      leaseUntil: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId)));
}

export async function findJob(ex: Executor, id: number): Promise<JobRow | undefined> {
  const [row] = await ex.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/**
 * Deletes up to `limit` jobs that finished (done or failed) before `before`. SKIP LOCKED: two
 * processes purging at once split the rows instead of waiting on each other.
 */
export async function deleteFinishedJobs(
  ex: Executor,
  before: Date,
  limit: number,
): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    ex,
    sql`delete from ${jobs} where ${jobs.id} in (
          select id from ${jobs}
          where status in ('done', 'failed') and updated_at < ${before.toISOString()}::timestamptz
          limit ${limit}
          for update skip locked)
        returning ${jobs.id} as id`,
  );
  return rows.length;
}
