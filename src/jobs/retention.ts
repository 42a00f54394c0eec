import type { Config } from "../config.ts";
import type { Executor } from "../db/client.ts";
import { purgeDeadSessions, purgeStaleCounters } from "../modules/auth/retention.service.ts";
import { deleteFinishedJobs } from "./queue/queue.repository.ts";

/** Rows one statement deletes: short locks, and a long backlog drains over a few batches. */
const BATCH = 1000;
/** Batches per kind and pass, so one pass after years without cleanup cannot run for long. */
const MAX_BATCHES = 20;

export type RetentionSettings = Pick<Config, "retention" | "auth">;
export type RetentionResult = { jobs: number; sessions: number; rateLimits: number };

const DAY_MS = 24 * 3600_000;

async function drain(purge: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const n = await purge();
    total += n;
    if (n < BATCH) break;
  }
  return total;
}

/**
 * Deletes what nobody needs any more: queue jobs finished more than `retention.jobDays` ago,
 * sessions that can no longer sign anyone in, and sign-in counters whose window is over. Each
 * batch claims its rows with SKIP LOCKED, so processes running this at once share the work.
 */
export async function runRetention(
  db: Executor,
  now: Date,
  settings: RetentionSettings,
): Promise<RetentionResult> {
  const jobsBefore = new Date(now.getTime() - settings.retention.jobDays * DAY_MS);
  return {
    jobs: await drain(() => deleteFinishedJobs(db, jobsBefore, BATCH)),
    sessions: await drain(() => purgeDeadSessions(db, now, settings.auth, BATCH)),
    rateLimits: await drain(() => purgeStaleCounters(db, now, settings.auth, BATCH)),
  };
}
