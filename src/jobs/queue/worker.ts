import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { claimJob, finishJob, heartbeatJob, type JobRow } from "./queue.repository.ts";

export type JobContext = {
  /** Records progress (0–100); the lease is renewed on every heartbeat regardless. */
  progress(percent: number): void;
};
export type JobHandler = (payload: unknown, job: JobRow, ctx: JobContext) => Promise<void>;

export type WorkerOptions = {
  db: Db;
  handlers: Record<string, JobHandler>;
  pollMs?: number;
  /** A job not heard from for this long is considered abandoned and claimed again. */
  leaseMs?: number;
  maxAttempts?: number;
  log?: (msg: string, err?: unknown) => void;
};

export type Worker = { id: string; stop(): Promise<void>; idle(): Promise<void> };

/**
 * Runs jobs from the database queue, one at a time per process. Safe with several processes
 * (claims use SKIP LOCKED) and across restarts (a dead worker's lease expires and the job is
 * claimed again). Failed jobs retry with backoff up to `maxAttempts`.
 */
export function startWorker(opts: WorkerOptions): Worker {
  const id = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const pollMs = opts.pollMs ?? 1000;
  const leaseMs = opts.leaseMs ?? 60_000;
  const maxAttempts = opts.maxAttempts ?? 3;
  const kinds = Object.keys(opts.handlers);
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let idleWaiters: (() => void)[] = [];

  async function runOne(): Promise<boolean> {
    const job = await claimJob(opts.db, kinds, id, leaseMs);
    if (!job) return false;
    let progress = job.progress;
    const beat = setInterval(
      () => {
        heartbeatJob(opts.db, job.id, id, leaseMs, progress).catch((err) =>
          opts.log?.("heartbeat failed", err),
        );
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    try {
      await opts.handlers[job.kind]!(job.payload, job, {
        progress(p) {
          progress = Math.max(0, Math.min(99, Math.round(p)));
        },
      });
      await finishJob(opts.db, job.id, id, { status: "done" });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      opts.log?.(`job ${job.id} (${job.kind}) failed`, err);
      await finishJob(
        opts.db,
        job.id,
        id,
        job.attempts >= maxAttempts
          ? { status: "failed", error }
          : { status: "queued", error, runAfter: new Date(Date.now() + 2 ** job.attempts * 1000) },
      );
    } finally {
      clearInterval(beat);
    }
    return true;
  }

  async function loop() {
    timer = null;
    if (stopped) return;
    running = (async () => {
      try {
        while (!stopped && (await runOne())) {
          // keep draining while there is work
        }
      } catch (err) {
        opts.log?.("job worker error", err);
      }
    })();
    await running;
    running = null;
    for (const w of idleWaiters) w();
    idleWaiters = [];
    if (!stopped) timer = setTimeout(loop, pollMs);
  }
  timer = setTimeout(loop, 0);

  return {
    id,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    /** Resolves after the next pass that found nothing more to do (for tests). */
    idle() {
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
