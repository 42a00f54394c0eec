import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.ts";
import { openTestDatabase } from "../db/testing.ts";
import type { TestResponse } from "../http/testing.ts";
import { createApiToken } from "../modules/auth/api-tokens.service.ts";
import { systemContext } from "../modules/common/system.ts";
import { buildCustomer } from "../modules/customers/customers.factory.ts";
import { createUser } from "../modules/users/users.service.ts";
import { seedCustomer, seedFollowUps, waitFor } from "./fixtures.testing.ts";
import { type SmtpSink, startSmtpSink } from "./smtp-sink.testing.ts";

/**
 * Two real `rapport serve` processes on one PostgreSQL database, both running the scheduler
 * every 50 ms and the queue worker: every due follow-up is reminded and e-mailed exactly once,
 * writes sent through both processes all land, concurrent conditional writes have exactly one
 * winner, and each queued visit plan is computed exactly once. PostgreSQL only — the embedded
 * database belongs to one process (its data directory is locked), so the question does not
 * arise there. The processes start once and serve every test below, in order; the last one
 * stops them.
 */
const bin = join(import.meta.dirname, "..", "..", "bin", "rapport.js");

describe.skipIf(!process.env.DATABASE_URL)("two server processes on one database", () => {
  let database: Database;
  let databaseUrl: string;
  let dispose: () => Promise<void>;
  type Served = {
    child: ChildProcess;
    output: () => string;
    exited: Promise<number | null>;
    url: string;
  };
  const children: Served[] = [];

  let a: Served;
  let b: Served;
  // Both processes mail through this SMTP server: each reminder must arrive exactly once.
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    const t = await openTestDatabase();
    database = t.database;
    databaseUrl = t.config.databaseUrl!;
    dispose = t.dispose;
    a = serve();
    b = serve();
    for (const p of [a, b]) {
      await waitFor(async () => /running at http/.test(p.output()), 60_000, "a server to start");
      p.url = /running at (http:\/\/\S+)/.exec(p.output())![1]!;
    }
  }, 120_000);
  afterAll(async () => {
    for (const c of children) c.child.kill("SIGKILL");
    await Promise.all(children.map((c) => c.exited));
    await smtp?.close();
    await dispose?.();
  });

  function serve(): Served {
    const child = spawn(process.execPath, [bin, "serve", "--no-demo"], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: "0",
        SCHEDULER_INTERVAL_MS: "50",
        SMTP_URL: smtp.url,
        PUBLIC_URL: "https://crm.two.example",
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
    const handle = { child, output: () => out, exited, url: "" };
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

    // Sent once: 200 e-mails, every notification marked e-mailed, none sent twice.
    const emailed = async () =>
      (
        await database.query<{ n: number }>(
          "select count(*)::int as n from notifications where follow_up_id = any($1::uuid[]) and emailed_at is not null",
          [ids],
        )
      ).rows[0]!.n;
    await waitFor(async () => (await emailed()) === 200, 30_000, "all reminder e-mails");
    await new Promise((r) => setTimeout(r, 300));
    const toReps = smtp.mails.filter((m) => m.to.some((t) => /^rep\d@two\.example$/.test(t)));
    expect(toReps).toHaveLength(200);
    for (const [i, r] of reps.entries()) {
      expect(toReps.filter((m) => m.to.includes(r.email))).toHaveLength(50);
      const link = `https://crm.two.example/customers/${customers[i]!.id}`;
      // Quoted-printable may fold the long line: compare without soft line breaks.
      expect(toReps.find((m) => m.to.includes(r.email))!.raw.replace(/=\r?\n/g, "")).toContain(
        link,
      );
    }
  }, 120_000);

  /** Real HTTP to one of the processes, as a bearer token. */
  async function call(
    p: Served,
    token: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const res = await fetch(`${p.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      etag: res.headers.get("etag"),
      body: (text ? JSON.parse(text) : null) as TestResponse["body"],
      text,
    };
  }

  async function userWithToken(email: string, role: "admin" | "manager" | "rep") {
    const u = await createUser(systemContext(database.db), {
      email,
      name: email.split("@")[0]!,
      role,
      teamId: null,
      locale: "en",
      timeZone: "UTC",
    });
    const { token } = await createApiToken(database.db, u.id, { name: "two-process" });
    return { id: u.id, token };
  }

  it("loses no write sent through both processes at once", async () => {
    const rep = await userWithToken("writer@two.example", "rep");
    // 60 customers, created 10 at a time, alternately through each process.
    const created: { id: string; via: Served }[] = [];
    for (let round = 0; round < 6; round++) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, (_, i) => {
          const via = i % 2 === 0 ? a : b;
          const n = round * 10 + i;
          return call(via, rep.token, "POST", "/api/v1/customers", {
            ...buildCustomer({ name: `Two-process customer ${n}` }),
          }).then((r) => ({ r, via }));
        }),
      );
      for (const { r, via } of batch) {
        expect(r.status, r.text).toBe(201);
        created.push({ id: r.body.id, via });
      }
    }
    // Each process reads what the other wrote.
    for (const { id, via } of created.slice(0, 10)) {
      const other = via === a ? b : a;
      expect((await call(other, rep.token, "GET", `/api/v1/customers/${id}`)).status).toBe(200);
    }
    // Two follow-ups on every customer, the two sent at once through different processes;
    // due in a month, so the schedulers leave them alone.
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const followUps = await Promise.all(
      created.flatMap(({ id }) =>
        [a, b].map((via) =>
          call(via, rep.token, "POST", `/api/v1/customers/${id}/follow-ups`, {
            kind: "call",
            dueAt: due,
          }),
        ),
      ),
    );
    for (const r of followUps) expect(r.status, r.text).toBe(201);
    const counts = await database.query<{ customers: number; follow_ups: number; audit: number }>(
      `select (select count(*) from customers where owner_id = $1)::int as customers,
              (select count(*) from follow_ups where assignee_id = $1)::int as follow_ups,
              (select count(*) from audit_events where actor_id = $1)::int as audit`,
      [rep.id],
    );
    expect(counts.rows[0]).toEqual({ customers: 60, follow_ups: 120, audit: 180 });
  }, 120_000);

  it("lets exactly one of two conditional writes to one record win, round after round", async () => {
    const rep = await userWithToken("racer@two.example", "rep");
    const made = await call(a, rep.token, "POST", "/api/v1/customers", buildCustomer());
    expect(made.status, made.text).toBe(201);
    const path = `/api/v1/customers/${made.body.id}`;
    let etag = made.etag!;
    const winners: string[] = [];
    for (let round = 0; round < 10; round++) {
      const [ra, rb] = await Promise.all(
        // Which process is asked first alternates, so neither is always ahead.
        (round % 2 ? [b, a] : [a, b]).map((via) =>
          call(
            via,
            rep.token,
            "PATCH",
            path,
            { name: `Round ${round} via ${via === a ? "a" : "b"}` },
            {
              "if-match": etag,
            },
          ),
        ),
      );
      expect([ra!.status, rb!.status].sort(), `${ra!.text} ${rb!.text}`).toEqual([200, 412]);
      const won = ra!.status === 200 ? ra! : rb!;
      winners.push(won.body.name);
      etag = won.etag!;
    }
    const row = await database.query<{ name: string; version: number }>(
      "select name, version from customers where id = $1",
      [made.body.id],
    );
    // Ten rounds, ten bumps, and the row holds the last winner's write.
    expect(row.rows[0]).toEqual({ name: winners.at(-1), version: 11 });
    const audited = await database.query<{ n: number }>(
      "select count(*)::int as n from audit_events where entity_id = $1 and action = 'update'",
      [made.body.id],
    );
    expect(audited.rows[0]!.n).toBe(10);
    console.info(`two-process If-Match winners: ${winners.map((w) => w.slice(-1)).join("")}`);
  }, 60_000);

  it("computes each queued visit plan exactly once", async () => {
    const rep = await userWithToken("planner@two.example", "rep");
    const home = { lat: 31.2304, lon: 121.4737 };
    await database.query(
      "update users set time_zone = 'Asia/Shanghai', home_lat = $2, home_lon = $3 where id = $1",
      [rep.id, home.lat, home.lon],
    );
    for (let i = 0; i < 8; i++) {
      const angle = (i / 8) * 2 * Math.PI;
      const r = await call(i % 2 ? a : b, rep.token, "POST", "/api/v1/customers", {
        ...buildCustomer({
          name: `Plan customer ${i}`,
          tier: "A",
          latitude: home.lat + (3 / 111) * Math.cos(angle),
          longitude: home.lon + (3 / 95) * Math.sin(angle),
          visitWindows: Object.fromEntries(
            ["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ from: "09:00", to: "17:00" }]]),
          ),
        }),
      });
      expect(r.status, r.text).toBe(201);
    }
    // Four plans queued at once through both processes; both workers poll every 50 ms.
    const queued = await Promise.all(
      ["2030-01-07", "2030-01-14", "2030-01-21", "2030-01-28"].map((startDate, i) =>
        call(i % 2 ? a : b, rep.token, "POST", "/api/v1/visit-plans", {
          startDate,
          days: 5,
          options: { timeLimitSeconds: 1 },
        }),
      ),
    );
    for (const r of queued) expect(r.status, r.text).toBe(202);
    const ids = queued.map((r) => r.body.id as string);
    await waitFor(
      async () => {
        const plans = await Promise.all(
          ids.map((id, i) => call(i % 2 ? b : a, rep.token, "GET", `/api/v1/visit-plans/${id}`)),
        );
        return plans.every((p) => p.body.status === "draft" || p.body.status === "failed");
      },
      90_000,
      "the plans to finish",
    );
    const jobs = await database.query<{ plan: string; status: string; attempts: number }>(
      `select payload->>'planId' as plan, status, attempts from jobs
       where payload->>'planId' = any($1::text[]) order by plan`,
      [ids],
    );
    // One job per plan, claimed once (a second claim would count a second attempt), done.
    expect(jobs.rows).toEqual(
      [...ids].sort().map((plan) => ({ plan, status: "done", attempts: 1 })),
    );
    const plans = await database.query<{ status: string }>(
      "select status from visit_plans where id = any($1::uuid[])",
      [ids],
    );
    expect(plans.rows.map((p) => p.status)).toEqual(["draft", "draft", "draft", "draft"]);
  }, 120_000);

  it("stops both processes cleanly, with no failed step logged", async () => {
    for (const p of [a, b]) p.child.kill("SIGTERM");
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
    expect(a.output() + b.output()).not.toMatch(/scheduler.*failed|job .* failed|heartbeat failed/);
  }, 60_000);
});
