import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import type { Database } from "../db/client.ts";
import { openTestDatabase } from "../db/testing.ts";
import { systemContext } from "../modules/common/system.ts";
import { createUser } from "../modules/users/users.service.ts";
import { runRetention } from "./retention.ts";
import { jobTick } from "./tick.ts";

let database: Database;
let dispose: () => Promise<void>;
let userId: string;
beforeAll(async () => {
  ({ database, dispose } = await openTestDatabase());
  const u = await createUser(systemContext(database.db), {
    email: "retention@test.example",
    name: "Retention",
    role: "rep",
    teamId: null,
    locale: "en",
    timeZone: "UTC",
  });
  userId = u.id;
});
afterAll(async () => {
  await dispose?.();
});

// Defaults: jobs kept 30 days, sessions idle after 12 h (cleanup allows 1 h more), 15-minute
// sign-in windows. Every time below is relative to a pinned "now".
const config = loadConfig({});
const NOW = new Date("2026-06-01T12:00:00.000Z");
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const later = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

async function seedJob(label: string, status: string, endedMsAgo: number) {
  await database.query(
    "insert into jobs (kind, payload, status, updated_at) values ('test', $1::jsonb, $2, $3)",
    [JSON.stringify({ label }), status, ago(endedMsAgo)],
  );
}
async function seedSession(label: string, lastSeenMsAgo: number, expiresAt: string) {
  await database.query(
    "insert into sessions (token_hash, user_id, csrf_token, last_seen_at, expires_at) values ($1, $2, 'c', $3, $4)",
    [label, userId, ago(lastSeenMsAgo), expiresAt],
  );
}
async function seedCounter(key: string, startedMsAgo: number) {
  await database.query("insert into rate_limits (key, window_start, count) values ($1, $2, 3)", [
    key,
    ago(startedMsAgo),
  ]);
}
async function labels() {
  const q = async (sql: string) =>
    (await database.query<{ l: string }>(sql)).rows.map((r) => r.l).sort();
  return {
    jobs: await q("select payload->>'label' as l from jobs where kind = 'test'"),
    sessions: await q("select token_hash as l from sessions"),
    counters: await q("select key as l from rate_limits"),
  };
}
async function clear() {
  await database.query("delete from jobs where kind = 'test'");
  await database.query("delete from sessions");
  await database.query("delete from rate_limits");
}

describe("retention", () => {
  it("deletes old finished jobs, dead sessions and stale counters; keeps everything else", async () => {
    await clear();
    await seedJob("done-40d", "done", 40 * DAY);
    await seedJob("failed-31d", "failed", 31 * DAY);
    await seedJob("done-29d", "done", 29 * DAY);
    await seedJob("done-1h", "done", 60 * MIN);
    // Never finished: queued or running work is not history, however old.
    await seedJob("queued-90d", "queued", 90 * DAY);
    await seedJob("running-90d", "running", 90 * DAY);
    await seedSession("expired", 5 * MIN, ago(MIN));
    await seedSession("idle-14h", 14 * 60 * MIN, later(DAY));
    await seedSession("idle-12h30", 12 * 60 * MIN + 30 * MIN, later(DAY));
    await seedSession("fresh", 5 * MIN, later(DAY));
    await seedCounter("login:old", 16 * MIN);
    await seedCounter("login:current", 14 * MIN);

    const r = await runRetention(database.db, NOW, config);

    expect(r).toEqual({ jobs: 2, sessions: 2, rateLimits: 1 });
    expect(await labels()).toEqual({
      jobs: ["done-1h", "done-29d", "queued-90d", "running-90d"],
      sessions: ["fresh", "idle-12h30"],
      counters: ["login:current"],
    });
    // Nothing left to do: a second pass deletes nothing.
    expect(await runRetention(database.db, NOW, config)).toEqual({
      jobs: 0,
      sessions: 0,
      rateLimits: 0,
    });
  });

  it("follows JOB_RETENTION_DAYS", async () => {
    await clear();
    await seedJob("done-8d", "done", 8 * DAY);
    await seedJob("done-6d", "done", 6 * DAY);
    const week = loadConfig({ JOB_RETENTION_DAYS: "7" });
    expect((await runRetention(database.db, NOW, week)).jobs).toBe(1);
    expect((await labels()).jobs).toEqual(["done-6d"]);
  });

  it("drains a backlog larger than a batch, with two cleaners at once sharing the rows", async () => {
    await clear();
    await database.query(
      `insert into jobs (kind, payload, status, updated_at)
       select 'test', jsonb_build_object('label', 'old-' || i), 'done', $1::timestamptz
       from generate_series(1, 2500) i`,
      [ago(60 * DAY)],
    );
    await database.query(
      `insert into rate_limits (key, window_start, count)
       select 'login:' || i, $1::timestamptz, 1 from generate_series(1, 1500) i`,
      [ago(DAY)],
    );
    const [a, b] = await Promise.all([
      runRetention(database.db, NOW, config),
      runRetention(database.db, NOW, config),
    ]);
    expect(a.jobs + b.jobs).toBe(2500);
    expect(a.rateLimits + b.rateLimits).toBe(1500);
    expect(await labels()).toEqual({ jobs: [], sessions: [], counters: [] });
  });

  it("runs from the scheduler tick: on the first tick, then at most hourly", async () => {
    await clear();
    let now = NOW;
    const silent = { error: (o: { err: unknown }) => console.error(o.err), info: () => {} };
    const tick = jobTick({ db: database.db, mailer: null, logger: silent, config, now: () => now });
    await seedCounter("login:first", DAY);
    await tick();
    expect((await labels()).counters).toEqual([]);
    await seedCounter("login:second", DAY);
    now = new Date(NOW.getTime() + 10 * MIN);
    await tick();
    expect((await labels()).counters).toEqual(["login:second"]);
    now = new Date(NOW.getTime() + 61 * MIN);
    await tick();
    expect((await labels()).counters).toEqual([]);
  });
});
