import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

type U = { id: string; token: string };
let s: TestServer;
let team: string;
let manager: U;
let repA: U;
let repB: U;
let outsider: U;
const ids: Record<string, string> = {};
const PERIOD = "from=2026-11-02&to=2026-11-08"; // Mon–Sun: 5 working days
const soon = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const shop = { latitude: 48.137, longitude: 11.575 };

async function customer(as: U, over: Record<string, unknown>) {
  const c = await s.request("POST", "/api/v1/customers", {
    body: buildCustomer(over),
    as: as.token,
  });
  expect(c.status, c.text).toBe(201);
  // Coverage counts customers that existed before the period ended.
  await s.database.query("update customers set created_at = '2026-09-01T00:00:00Z' where id = $1", [
    c.body.id,
  ]);
  return c.body.id as string;
}

async function visit(as: U, customerId: string, plannedStart = soon(1), plannedEnd = soon(2)) {
  const v = await s.request("POST", "/api/v1/visits", {
    body: { customerId, plannedStart, plannedEnd },
    as: as.token,
  });
  expect(v.status, v.text).toBe(201);
  return v.body.id as string;
}

/** Checks in and out through the API, then places the times precisely. */
async function completed(
  as: U,
  customerId: string,
  t: { start: string; checkIn: string; checkOut: string; score: number; at?: object },
) {
  const id = await visit(as, customerId);
  const ci = await s.request("POST", `/api/v1/visits/${id}/check-in`, {
    body: t.at ?? {},
    as: as.token,
  });
  expect(ci.status, ci.text).toBe(200);
  const co = await s.request("POST", `/api/v1/visits/${id}/check-out`, {
    body: { result: "ok", resultScore: t.score },
    as: as.token,
  });
  expect(co.status, co.text).toBe(200);
  await s.database.query(
    `update visits set planned_start = $2, planned_end = $2::timestamptz + interval '1 hour',
       check_in_at = $3, check_out_at = $4 where id = $1`,
    [id, t.start, t.checkIn, t.checkOut],
  );
  return id;
}

const kpis = (as: U | string, query = PERIOD) =>
  s.request("GET", `/api/v1/visits/kpis?${query}`, {
    as: typeof as === "string" ? as : as.token,
  });

beforeAll(async () => {
  s = await startTestServer();
  team = await s.team();
  manager = await s.user({ role: "manager", teamId: team });
  repA = await s.user({ role: "rep", teamId: team });
  repB = await s.user({ role: "rep", teamId: team });
  outsider = await s.user({ role: "manager", teamId: await s.team() });

  // Rep A. C1: A-tier, last visit 20 Oct, so due by 3 Nov; visited 3 Nov, verified, 90 min.
  const c1 = await customer(repA, { tier: "A", ...shop });
  ids.v1 = await completed(repA, c1, {
    start: "2026-11-03T09:00:00Z",
    checkIn: "2026-11-03T09:00:00Z",
    checkOut: "2026-11-03T10:30:00Z",
    score: 4,
    at: { lat: shop.latitude, lon: shop.longitude },
  });
  // C2: B-tier, never visited; visited 4 Nov without a position (unverified), 30 min.
  const c2 = await customer(repA, { tier: "B", ...shop });
  ids.c2 = c2;
  ids.v2 = await completed(repA, c2, {
    start: "2026-11-04T14:00:00Z",
    checkIn: "2026-11-04T14:00:00Z",
    checkOut: "2026-11-04T14:30:00Z",
    score: 5,
  });
  // C3: C-tier, visited 1 Oct: not due until December. Its visit was cancelled.
  const c3 = await customer(repA, { tier: "C", ...shop });
  const v3 = await visit(repA, c3);
  await s.request("POST", `/api/v1/visits/${v3}/cancel`, { body: { reason: "x" }, as: repA.token });
  await s.database.query(
    "update visits set planned_start = '2026-11-05T09:00:00Z', planned_end = '2026-11-05T10:00:00Z' where id = $1",
    [v3],
  );
  // C4: A-tier, overdue since October; its planned visit on 6 Nov was missed.
  const c4 = await customer(repA, { tier: "A", ...shop });
  await visit(repA, c4, "2026-11-06T09:00:00Z", "2026-11-06T10:00:00Z");
  // Outside the period: not counted.
  await completed(repA, c4, {
    start: "2026-11-10T09:00:00Z",
    checkIn: "2026-11-10T09:00:00Z",
    checkOut: "2026-11-10T10:00:00Z",
    score: 1,
  });
  for (const [id, at] of [
    [c1, "2026-10-20T12:00:00Z"],
    [c3, "2026-10-01T12:00:00Z"],
    [c4, "2026-10-01T12:00:00Z"],
    [c2, null],
  ] as const) {
    await s.database.query("update customers set last_visited_at = $2 where id = $1", [id, at]);
  }
  // C4's visit of 10 Nov is after the period; it is no "last visit before" either.

  // Rep B: one completed visit in the period.
  const b1 = await customer(repB, { tier: "B", ...shop });
  await completed(repB, b1, {
    start: "2026-11-02T08:00:00Z",
    checkIn: "2026-11-02T08:00:00Z",
    checkOut: "2026-11-02T09:00:00Z",
    score: 3,
  });
});
afterAll(async () => {
  await s?.close();
});

describe("visit KPIs", () => {
  it("computes rep A's figures", async () => {
    const res = await kpis(repA);
    expect(res.status, res.text).toBe(200);
    expect(res.body.from).toBe("2026-11-02");
    expect(res.body.reps).toHaveLength(1);
    const a = res.body.reps[0];
    expect(a).toMatchObject({
      repId: repA.id,
      workingDays: 5,
      planned: 3,
      completed: 2,
      verified: 1,
      dueCustomers: 3,
      coveredCustomers: 2,
      visitsPerWorkingDay: 0.4,
      planCompletionRate: 0.6667,
      coverageRate: 0.6667,
      validVisitRate: 0.5,
      avgDwellMinutes: 60,
      faceMinutes: 120,
      travelMinutes: null,
      travelShare: null,
      effectiveness: 4.5,
    });
    expect(res.body.total).toMatchObject({ completed: 2, planned: 3, effectiveness: 4.5 });
  });

  it("counts missed and cancelled visits and follow-ups due and done, per rep and in total", async () => {
    const follow = async (dueAt: string, done: boolean) => {
      const f = await s.request("POST", `/api/v1/customers/${ids.c2}/follow-ups`, {
        body: { kind: "call", dueAt: soon(24) },
        as: repA.token,
      });
      expect(f.status, f.text).toBe(201);
      if (done) {
        const c = await s.request("POST", `/api/v1/follow-ups/${f.body.id}/complete`, {
          body: {},
          as: repA.token,
        });
        expect(c.status, c.text).toBe(200);
      }
      await s.database.query("update follow_ups set due_at = $2 where id = $1", [f.body.id, dueAt]);
    };
    await follow("2026-11-03T10:00:00Z", true);
    await follow("2026-11-05T10:00:00Z", false);
    await follow("2026-11-20T10:00:00Z", true); // after the period
    const res = await kpis(manager, `${PERIOD}&teamId=${team}`);
    expect(res.status, res.text).toBe(200);
    const a = res.body.reps.find((r: { repId: string }) => r.repId === repA.id);
    // The missed visit of 6 Nov is still counted as planned; the cancelled one is not.
    expect(a).toMatchObject({
      planned: 3,
      missed: 1,
      cancelled: 1,
      followUpsDue: 2,
      followUpsDone: 1,
    });
    const b = res.body.reps.find((r: { repId: string }) => r.repId === repB.id);
    expect(b).toMatchObject({ missed: 0, cancelled: 0, followUpsDue: 0, followUpsDone: 0 });
    expect(res.body.total).toMatchObject({
      missed: 1,
      cancelled: 1,
      followUpsDue: 2,
      followUpsDone: 1,
    });
  });

  it("reads travel from the published plan that made the visit", async () => {
    const plan = randomUUID();
    const stop = (over: object) => ({ start: "2026-11-03T09:00:00Z", travelMin: 0, ...over });
    const result = {
      routes: [
        {
          repId: repA.id,
          date: "2026-11-03",
          stops: [
            // Fixed stops name their visit; stops the plan created name only the customer.
            stop({ customerId: randomUUID(), visitId: ids.v1, travelMin: 25 }),
            stop({
              customerId: ids.c2,
              visitId: null,
              travelMin: 15,
              start: "2026-11-04T14:00:00Z",
            }),
            stop({
              customerId: ids.c2,
              visitId: null,
              travelMin: 99,
              start: "2026-11-20T14:00:00Z",
            }),
          ],
        },
      ],
    };
    await s.database.query(
      `insert into visit_plans (id, status, start_date, days, rep_ids, options, result)
       values ($1, 'published', '2026-11-02', 5, $2, '{}'::jsonb, $3::jsonb)`,
      [plan, [repA.id], JSON.stringify(result)],
    );
    await s.database.query("update visits set plan_id = $2 where id = any($1)", [
      [ids.v1, ids.v2],
      plan,
    ]);
    const a = (await kpis(repA)).body.reps[0];
    expect(a).toMatchObject({ travelMinutes: 40, faceMinutes: 120, travelShare: 0.25 });
    // A draft plan explains nothing.
    await s.database.query("update visit_plans set status = 'draft' where id = $1", [plan]);
    expect((await kpis(repA)).body.reps[0].travelMinutes).toBeNull();
    await s.database.query("update visits set plan_id = null where id = any($1)", [
      [ids.v1, ids.v2],
    ]);
  });

  it("gives a manager the team, per rep and in total", async () => {
    const res = await kpis(manager);
    expect(res.status, res.text).toBe(200);
    const byId = new Map(res.body.reps.map((r: { repId: string }) => [r.repId, r]));
    expect([...byId.keys()].sort()).toEqual([manager.id, repA.id, repB.id].sort());
    expect(byId.get(repB.id)).toMatchObject({ completed: 1, effectiveness: 3 });
    expect(res.body.total).toMatchObject({
      completed: 3,
      planned: 4,
      workingDays: 15,
      visitsPerWorkingDay: 0.2,
      planCompletionRate: 0.75,
      effectiveness: 4,
    });
    const one = await kpis(manager, `${PERIOD}&repId=${repA.id}`);
    expect(one.body.reps.map((r: { repId: string }) => r.repId)).toEqual([repA.id]);
    const byTeam = await kpis(manager, `${PERIOD}&teamId=${team}`);
    expect(byTeam.body.total.completed).toBe(3);
  });

  it("keeps reps to their own figures and managers to their team (404)", async () => {
    for (const [who, query] of [
      [repB, `repId=${repA.id}`],
      [repB, `teamId=${team}`],
      [outsider, `repId=${repA.id}`],
      [outsider, `teamId=${team}`],
      [s.adminToken, `repId=${randomUUID()}`],
    ] as const) {
      const res = await kpis(who, `${PERIOD}&${query}`);
      expect(res.status, `${query}: ${res.text}`).toBe(404);
      expect(res.body.code).toMatch(/^(rep|team)_not_found$/);
    }
    const own = await kpis(repB, `${PERIOD}&repId=${repB.id}`);
    expect(own.status).toBe(200);
    expect(own.body.total.completed).toBe(1);
    const admin = await kpis(s.adminToken, `${PERIOD}&repId=${repA.id}`);
    expect(admin.body.reps[0]).toMatchObject({ completed: 2, coveredCustomers: 2 });
    expect((await kpis(repA, PERIOD as string)).body.reps[0].repId).toBe(repA.id);
    expect((await s.request("GET", `/api/v1/visits/kpis?${PERIOD}`, { as: null })).status).toBe(
      401,
    );
  });

  it("counts each rep's days in their own time zone", async () => {
    const tz = await s.user({ role: "rep" });
    await s.database.query("update users set time_zone = 'Asia/Shanghai' where id = $1", [tz.id]);
    const c = await customer(tz, { tier: "B", ...shop });
    // 1 Nov 17:00 UTC is 2 Nov 01:00 in Shanghai: inside the period there.
    await completed(tz, c, {
      start: "2026-11-01T17:00:00Z",
      checkIn: "2026-11-01T17:00:00Z",
      checkOut: "2026-11-01T17:45:00Z",
      score: 3,
    });
    const res = await kpis(tz);
    expect(res.body.reps[0]).toMatchObject({ timeZone: "Asia/Shanghai", completed: 1 });
    // Its check-out is in the Shanghai period, so the never-visited customer is covered.
    expect(res.body.reps[0]).toMatchObject({ dueCustomers: 1, coveredCustomers: 1 });
  });

  it.each([
    [`repId=${randomUUID()}&teamId=${randomUUID()}`, "query.teamId", "exclusive"],
    ["from=2026-11-09&to=2026-11-02", "query.to", "from_before_to"],
    ["from=2025-01-01&to=2026-11-02", "query.to", "too_big"],
    ["from=2026-02-30", "query.from", "format:date"],
  ])("refuses %s", async (query, field, rule) => {
    const res = await kpis(repA, query);
    expect(res.status, res.text).toBe(400);
    expect(res.body).toMatchObject({ field, rule });
  });

  it("defaults to the last 30 days", async () => {
    const res = await kpis(repA, "");
    expect(res.status, res.text).toBe(200);
    expect((Date.parse(res.body.to) - Date.parse(res.body.from)) / 86_400_000).toBe(29);
  });
});
