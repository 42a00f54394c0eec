import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { startJobWorker } from "../../jobs/queue/handlers.ts";
import type { Worker } from "../../jobs/queue/worker.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

/** A week of planning for a rep in Shanghai, end to end through the API and the job queue. */
let s: TestServer;
let worker: Worker;
let rep: { id: string; token: string };
const MONDAY = "2030-01-07";
const home = { lat: 31.2304, lon: 121.4737 };
const customers: { id: string; name: string }[] = [];

beforeAll(async () => {
  s = await startTestServer();
  worker = startJobWorker(
    s.database.db,
    (await import("../../config.ts")).loadConfig({ LOG_LEVEL: "silent" }),
    {
      pollMs: 50,
    },
  );
  rep = await s.user({ role: "rep" });
  await s.request("PATCH", `/api/v1/users/${rep.id}`, {
    body: { timeZone: "Asia/Shanghai", homeLat: home.lat, homeLon: home.lon },
    headers: { "if-match": '"1"' },
    as: rep.token,
  });
  for (let i = 0; i < 14; i++) {
    const angle = (i / 14) * 2 * Math.PI;
    const km = 2 + (i % 5) * 2;
    const c = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({
        name: `客户${i}`,
        tier: i % 3 === 0 ? "A" : i % 3 === 1 ? "B" : "C",
        latitude: home.lat + (km / 111) * Math.cos(angle),
        longitude: home.lon + (km / 95) * Math.sin(angle),
        visitDurationMin: 45,
        visitWindows: Object.fromEntries(
          ["mon", "tue", "wed", "thu", "fri"].map((d) => [
            d,
            [
              { from: "09:00", to: "12:00" },
              { from: "13:30", to: "17:00" },
            ],
          ]),
        ),
      }),
      as: rep.token,
    });
    customers.push({ id: c.body.id, name: c.body.name });
  }
  // The A-tier customers were last seen long ago: they are mandatory.
  await s.database.query(
    "update customers set last_visited_at = '2029-11-01T00:00:00Z' where owner_id = $1 and tier = 'A'",
    [rep.id],
  );
});
afterAll(async () => {
  await worker?.stop();
  await s?.close();
});

async function planned(body: Record<string, unknown>, as = rep.token) {
  const res = await s.request("POST", "/api/v1/visit-plans", { body, as });
  expect(res.status, res.text).toBe(202);
  expect(res.body.status).toBe("queued");
  const id = res.body.id as string;
  for (let i = 0; i < 200; i++) {
    const got = await s.request("GET", `/api/v1/visit-plans/${id}`, { as });
    if (got.body.status === "draft" || got.body.status === "failed") return got.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("plan did not finish");
}

describe("visit plans", () => {
  it("plans a week: every due customer once, inside windows and working hours, with reasons", async () => {
    const plan = await planned({ startDate: MONDAY, days: 5, options: { timeLimitSeconds: 1 } });
    expect(plan.status).toBe("draft");
    expect(plan.progress).toBe(100);
    const stops = plan.result.routes.flatMap((r: { stops: unknown[] }) => r.stops);
    const ids = stops.map((x: { customerId: string }) => x.customerId);
    expect(new Set(ids).size).toBe(ids.length);
    // All 14 are due (never visited or overdue); a week has room for them.
    expect(ids.length + plan.result.unplanned.length).toBe(14);
    expect(plan.result.totals.mandatoryMissed).toBe(0);
    for (const r of plan.result.routes) {
      expect(new Date(r.leave).getTime()).toBeGreaterThanOrEqual(Date.parse(`${r.date}T00:30:00Z`)); // 08:30 +08:00
      expect(new Date(r.back).getTime()).toBeLessThanOrEqual(Date.parse(`${r.date}T09:30:00Z`)); // 17:30 +08:00
      let prev = 0;
      for (const stop of r.stops) {
        const start = Date.parse(stop.start);
        expect(start).toBeGreaterThanOrEqual(prev);
        prev = Date.parse(stop.end);
        const local = new Date(start + 8 * 3600_000).toISOString().slice(11, 16);
        const endLocal = new Date(prev + 8 * 3600_000).toISOString().slice(11, 16);
        expect(
          (local >= "09:00" && endLocal <= "12:00") || (local >= "13:30" && endLocal <= "17:00"),
          `${local}-${endLocal}`,
        ).toBe(true);
        expect(stop.reasons[0]).toMatchObject({ code: "tier" });
        expect(stop.reasonText).toMatch(/tier/);
        // Positions for the map travel with the draft.
        expect(Math.abs(stop.lat - home.lat)).toBeLessThan(0.2);
        expect(Math.abs(stop.lon - home.lon)).toBeLessThan(0.2);
      }
    }
    expect(plan.result.reps).toEqual([{ id: rep.id, name: expect.any(String), ...home }]);
    expect(plan.result.totals.km).toBeGreaterThan(0);
    expect(plan.result.totals.visitMin).toBe(ids.length * 45);
  });

  it("routes around a locked visit, and publishing keeps it while replacing movable ones", async () => {
    const locked = customers[1]!;
    const v = await s.request("POST", "/api/v1/visits", {
      body: {
        customerId: locked.id,
        plannedStart: "2030-01-08T02:00:00Z", // Tue 10:00 in Shanghai
        plannedEnd: "2030-01-08T03:00:00Z",
        locked: true,
        purpose: "约定拜访",
      },
      as: rep.token,
    });
    expect(v.status).toBe(201);
    const first = await planned({ startDate: MONDAY, days: 5, options: { timeLimitSeconds: 1 } });
    const fixed = first.result.routes.flatMap(
      (r: { stops: { fixed: boolean; visitId: string; start: string }[] }) =>
        r.stops.filter((x) => x.fixed),
    );
    expect(fixed).toEqual([
      expect.objectContaining({ visitId: v.body.id, start: "2030-01-08T02:00:00.000Z" }),
    ]);
    const pub1 = await s.request("POST", `/api/v1/visit-plans/${first.id}/publish`, {
      as: rep.token,
    });
    expect(pub1.status, pub1.text).toBe(200);
    expect(pub1.body.created).toBe(first.result.totals.visits - 1);

    // Re-planning: the published visits are movable, the locked one is not.
    const second = await planned({ startDate: MONDAY, days: 5, options: { timeLimitSeconds: 1 } });
    const pub2 = await s.request("POST", `/api/v1/visit-plans/${second.id}/publish`, {
      as: rep.token,
    });
    expect(pub2.body.replaced).toBe(pub1.body.created);
    const lockedNow = await s.request("GET", `/api/v1/visits/${v.body.id}`, { as: rep.token });
    expect(lockedNow.body).toMatchObject({
      status: "planned",
      plannedStart: "2030-01-08T02:00:00.000Z",
      version: 1,
    });
    const week = await s.request(
      "GET",
      `/api/v1/visits?repId=${rep.id}&from=2030-01-06T00:00:00Z&to=2030-01-13T00:00:00Z&status=planned&limit=200`,
      { as: rep.token },
    );
    expect(week.body.items).toHaveLength(second.result.totals.visits);
    const again = await s.request("POST", `/api/v1/visit-plans/${second.id}/publish`, {
      as: rep.token,
    });
    // Publishing again answers what the first publish did and creates nothing more.
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: pub2.body.created, replaced: pub2.body.replaced });
  });

  it("never moves checked-in or frozen visits, nor visits outside the planned days", async () => {
    const [c1, c2, c3] = [customers[3]!, customers[4]!, customers[5]!];
    const mk = async (customerId: string, start: string, end: string) => {
      const v = await s.request("POST", "/api/v1/visits", {
        body: { customerId, plannedStart: start, plannedEnd: end },
        as: rep.token,
      });
      expect(v.status, v.text).toBe(201);
      return v.body.id as string;
    };
    const checkedIn = await mk(c1.id, "2030-01-14T03:00:00Z", "2030-01-14T04:00:00Z"); // Mon 11:00
    // Checked in years ahead of its plan: that needs a reason (docs/visits.md).
    const reason = { reasonCode: "customer_rescheduled" };
    await s.request("POST", `/api/v1/visits/${checkedIn}/check-in`, {
      body: reason,
      as: rep.token,
    });
    const nextDay = await mk(c2.id, "2030-01-16T03:00:00Z", "2030-01-16T04:00:00Z"); // Wed, outside
    const soon = new Date(Date.now() + 30 * 60_000);
    const frozen = await mk(
      c3.id,
      soon.toISOString(),
      new Date(soon.getTime() + 3600_000).toISOString(),
    );

    const plan = await planned({
      startDate: "2030-01-14",
      days: 2,
      options: { timeLimitSeconds: 0.5 },
    });
    const fixed = plan.result.routes.flatMap(
      (r: { stops: { fixed: boolean; visitId: string }[] }) =>
        r.stops.filter((x) => x.fixed).map((x) => x.visitId),
    );
    expect(fixed).toContain(checkedIn);
    const pub = await s.request("POST", `/api/v1/visit-plans/${plan.id}/publish`, {
      as: rep.token,
    });
    expect(pub.status).toBe(200);
    const get = async (id: string) =>
      (await s.request("GET", `/api/v1/visits/${id}`, { as: rep.token })).body;
    expect(await get(checkedIn)).toMatchObject({
      status: "checked_in",
      plannedStart: "2030-01-14T03:00:00.000Z",
    });
    expect(await get(nextDay)).toMatchObject({ status: "planned", version: 1 });
    expect(await get(frozen)).toMatchObject({ status: "planned", version: 1 });
  });

  it("keeps plans and reps private", async () => {
    const other = await s.user({ role: "rep" });
    const plan = await planned({ startDate: MONDAY, days: 1, options: { timeLimitSeconds: 0.5 } });
    expect(
      (await s.request("GET", `/api/v1/visit-plans/${plan.id}`, { as: other.token })).status,
    ).toBe(404);
    const forbidden = await s.request("POST", "/api/v1/visit-plans", {
      body: { startDate: MONDAY, repIds: [rep.id] },
      as: other.token,
    });
    expect(forbidden.status).toBe(403);
  });

  it("finishes a plan whose worker died mid-way, after a restart", async () => {
    const res = await s.request("POST", "/api/v1/visit-plans", {
      body: { startDate: MONDAY, days: 2, options: { timeLimitSeconds: 0.5 } },
      as: rep.token,
    });
    await worker.stop();
    // Simulate a process that claimed the job and died: running, with an expired lease.
    await s.database.query(
      "update jobs set status = 'running', locked_by = 'dead-process', lease_until = now() - interval '1 second', attempts = 1 where payload->>'planId' = $1",
      [res.body.id],
    );
    await s.database.query(
      "update visit_plans set status = 'running', progress = 40 where id = $1",
      [res.body.id],
    );
    worker = startJobWorker(
      s.database.db,
      (await import("../../config.ts")).loadConfig({ LOG_LEVEL: "silent" }),
      {
        pollMs: 50,
      },
    );
    let status = "";
    for (let i = 0; i < 100 && status !== "draft"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await s.request("GET", `/api/v1/visit-plans/${res.body.id}`, { as: rep.token }))
        .body.status;
    }
    expect(status).toBe("draft");
    // The plan is written before the job is marked done: wait for the job's own state.
    let job: { status: string; attempts: number } | undefined;
    for (let i = 0; i < 50 && job?.status !== "done"; i++) {
      const rows = await s.database.query<{ status: string; attempts: number }>(
        "select status, attempts from jobs where payload->>'planId' = $1",
        [res.body.id],
      );
      job = rows.rows[0];
      if (job?.status !== "done") await new Promise((r) => setTimeout(r, 50));
    }
    expect(job).toEqual({ status: "done", attempts: 2 });
  });
});
