import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.ts";
import { openTestDatabase } from "../../db/testing.ts";
import { waitFor } from "../fixtures.testing.ts";
import { enqueueJob, findJob } from "./queue.repository.ts";
import { startWorker, type Worker } from "./worker.ts";

/** The queue on its own: claims, retries, leases — with real workers on a real database. */
let database: Database;
let dispose: () => Promise<void>;
const workers: Worker[] = [];
beforeAll(async () => {
  ({ database, dispose } = await openTestDatabase());
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await dispose?.();
});

function worker(opts: Omit<Parameters<typeof startWorker>[0], "db">): Worker {
  const w = startWorker({ db: database.db, pollMs: 20, ...opts });
  workers.push(w);
  return w;
}

async function statuses(kind: string) {
  const r = await database.query<{ status: string; attempts: number; n: number }>(
    `select status, attempts, count(*)::int as n from jobs where kind = $1
     group by status, attempts order by status, attempts`,
    [kind],
  );
  return r.rows;
}

describe("job queue", () => {
  it("runs each of 40 jobs exactly once with two workers claiming at once", async () => {
    const ran: number[] = [];
    const handlers = {
      count: async (payload: unknown) => {
        ran.push((payload as { n: number }).n);
        await new Promise((r) => setTimeout(r, 5));
      },
    };
    for (let n = 0; n < 40; n++) await enqueueJob(database.db, "count", { n });
    const a = worker({ handlers });
    const b = worker({ handlers });
    await waitFor(async () => ran.length >= 40, 30_000, "every job");
    await Promise.all([a.idle(), b.idle()]);
    expect([...ran].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, n) => n));
    expect(await statuses("count")).toEqual([{ status: "done", attempts: 1, n: 40 }]);
  });

  it("retries a failing job later, then records the failure after the last attempt", async () => {
    let calls = 0;
    const job = await enqueueJob(database.db, "flaky", {});
    const errors: string[] = [];
    const w = worker({
      maxAttempts: 2,
      handlers: {
        flaky: async () => {
          calls++;
          throw new Error(`boom ${calls}`);
        },
      },
      log: (msg) => errors.push(msg),
    });
    await waitFor(async () => calls === 1, 10_000, "the first attempt");
    await waitFor(
      async () => (await findJob(database.db, job.id))?.status === "queued",
      10_000,
      "the job back in the queue",
    );
    const first = (await findJob(database.db, job.id))!;
    expect(first.error).toBe("boom 1");
    // Backoff: the retry waits about 2 s (2^attempts). Skip the wait instead of sleeping.
    expect(first.runAfter.getTime() - first.updatedAt.getTime()).toBeGreaterThan(1500);
    await database.query("update jobs set run_after = now() where id = $1", [job.id]);
    await waitFor(
      async () => (await findJob(database.db, job.id))?.status === "failed",
      10_000,
      "the last attempt",
    );
    await w.idle();
    const last = (await findJob(database.db, job.id))!;
    expect({ status: last.status, attempts: last.attempts, error: last.error }).toEqual({
      status: "failed",
      attempts: 2,
      error: "boom 2",
    });
    expect(calls).toBe(2);
    expect(errors).toHaveLength(2);
  });

  it("takes over a job whose worker died (its lease ran out), and leaves a live lease alone", async () => {
    const dead = await enqueueJob(database.db, "orphan", { which: "dead" });
    const alive = await enqueueJob(database.db, "orphan", { which: "alive" });
    await database.query(
      `update jobs set status = 'running', attempts = 1, locked_by = 'gone',
         lease_until = case when id = $1 then now() - interval '1 minute'
                            else now() + interval '1 hour' end
       where id in ($1, $2)`,
      [dead.id, alive.id],
    );
    const ran: string[] = [];
    const w = worker({
      handlers: {
        orphan: async (payload) => {
          ran.push((payload as { which: string }).which);
        },
      },
    });
    await waitFor(async () => ran.length === 1, 10_000, "the orphan");
    await w.idle();
    expect(ran).toEqual(["dead"]);
    expect(await findJob(database.db, dead.id)).toMatchObject({ status: "done", attempts: 2 });
    expect(await findJob(database.db, alive.id)).toMatchObject({
      status: "running",
      lockedBy: "gone",
    });
  });
});
