import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.ts";
import { openTestDatabase } from "../db/testing.ts";
import { systemContext } from "../modules/common/system.ts";
import { createUser } from "../modules/users/users.service.ts";
import { seedCustomer, seedFollowUps, waitFor } from "./fixtures.testing.ts";

/**
 * Two real `rapport serve` processes on one PostgreSQL database, both running the scheduler
 * every 50 ms: every due follow-up must be reminded exactly once. PostgreSQL only — the
 * embedded database belongs to one process (its data directory is locked), so the question
 * does not arise there.
 */
const bin = join(import.meta.dirname, "..", "..", "bin", "rapport.js");

describe.skipIf(!process.env.DATABASE_URL)("two server processes on one database", () => {
  let database: Database;
  let databaseUrl: string;
  let dispose: () => Promise<void>;
  const children: { child: ChildProcess; output: () => string; exited: Promise<number | null> }[] =
    [];

  beforeAll(async () => {
    const t = await openTestDatabase();
    database = t.database;
    databaseUrl = t.config.databaseUrl!;
    dispose = t.dispose;
  });
  afterAll(async () => {
    for (const c of children) c.child.kill("SIGKILL");
    await Promise.all(children.map((c) => c.exited));
    await dispose?.();
  });

  function serve() {
    const child = spawn(process.execPath, [bin, "serve", "--no-demo"], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: "0",
        SCHEDULER_INTERVAL_MS: "50",
        // info: each process logs how many reminders it fired, so the split can be checked.
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
    });
    child.stderr!.on("data", (d) => {
      out += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const handle = { child, output: () => out, exited };
    children.push(handle);
    return handle;
  }

  it("reminds each of 200 due follow-ups exactly once", async () => {
    const system = systemContext(database.db);
    const reps = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        createUser(system, {
          email: `rep${i}@two.example`,
          name: `Rep ${i}`,
          role: "rep",
          teamId: null,
          locale: "en",
          timeZone: "UTC",
        }),
      ),
    );
    const customers = await Promise.all(
      reps.map((r) => seedCustomer(database.db, { ownerId: r.id })),
    );
    const a = serve();
    const b = serve();
    for (const p of [a, b]) {
      await waitFor(async () => /running at http/.test(p.output()), 60_000, "a server to start");
    }
    // Both schedulers are ticking: the follow-ups fall due under them, one every 10 ms.
    const now = Date.now() + 500;
    const ids = await seedFollowUps(
      database.db,
      Array.from({ length: 200 }, (_, i) => ({
        customerId: customers[i % 4]!.id,
        assigneeId: reps[i % 4]!.id,
        dueAt: new Date(now + i * 10),
      })),
    );
    const remaining = async () =>
      (
        await database.query<{ n: number }>(
          "select count(*)::int as n from follow_ups where id = any($1::uuid[]) and reminded_at is null",
          [ids],
        )
      ).rows[0]!.n;
    await waitFor(async () => (await remaining()) === 0, 30_000, "all reminders");
    // Let both keep ticking a little: nothing may be added after the fact.
    await new Promise((r) => setTimeout(r, 300));
    const stats = await database.query<{ n: number; d: number; per: number }>(
      `select count(*)::int as n, count(distinct follow_up_id)::int as d,
         max(c)::int as per
       from notifications n
       join (select follow_up_id f, count(*) c from notifications group by follow_up_id) x
         on x.f = n.follow_up_id
       where n.follow_up_id = any($1::uuid[])`,
      [ids],
    );
    expect(stats.rows[0]).toEqual({ n: 200, d: 200, per: 1 });
    const wrongUser = await database.query<{ n: number }>(
      `select count(*)::int as n from notifications n join follow_ups f on f.id = n.follow_up_id
       where n.user_id <> f.assignee_id`,
    );
    expect(wrongUser.rows[0]!.n).toBe(0);

    // What each process says it fired adds up to exactly 200: no reminder counted twice.
    const fired = (out: string) =>
      [...out.matchAll(/"reminders":(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    const split = [fired(a.output()), fired(b.output())];
    expect(split[0]! + split[1]!).toBe(200);
    // Due times spread over two seconds of 50 ms ticks: both processes really did claim work.
    expect(Math.min(...split)).toBeGreaterThan(0);
    console.info(`two-process split of 200 reminders: ${split.join(" + ")}`);

    for (const p of [a, b]) p.child.kill("SIGTERM");
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
    expect(a.output() + b.output()).not.toMatch(/scheduler.*failed/);
  }, 120_000);
});
