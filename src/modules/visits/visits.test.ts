import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

let s: TestServer;
let rep: { id: string; token: string };
let other: { id: string; token: string };
const shop = { lat: 31.2304, lon: 121.4737 };
const north = (m: number) => ({ lat: shop.lat + m / 111_195, lon: shop.lon });
const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

beforeAll(async () => {
  s = await startTestServer();
  rep = await s.user({ role: "rep" });
  other = await s.user({ role: "rep" });
});
afterAll(async () => {
  await s?.close();
});

async function customer(overrides: Record<string, unknown> = {}) {
  const c = await s.request("POST", "/api/v1/customers", {
    body: buildCustomer({ latitude: shop.lat, longitude: shop.lon, ...overrides }),
    as: rep.token,
  });
  expect(c.status).toBe(201);
  return c.body as { id: string };
}

async function visit(customerId: string, extra: Record<string, unknown> = {}) {
  const v = await s.request("POST", "/api/v1/visits", {
    body: {
      customerId,
      plannedStart: inHours(1),
      plannedEnd: inHours(2),
      purpose: "季度回访",
      ...extra,
    },
    as: rep.token,
  });
  expect(v.status, v.text).toBe(201);
  return v.body as { id: string; agenda: { text: string }[] };
}

const post = (path: string, body: unknown, as = rep.token) => s.request("POST", path, { body, as });

describe("visits", () => {
  it("pre-fills the agenda from open needs, most important first", async () => {
    const c = await customer();
    await post(`/api/v1/customers/${c.id}/needs`, {
      type: "support",
      title: "Minor issue",
      importance: 2,
    });
    await post(`/api/v1/customers/${c.id}/needs`, {
      type: "complaint",
      title: "交货延迟",
      importance: 5,
    });
    const v = await visit(c.id);
    expect(v.agenda.map((a) => a.text)).toEqual(["交货延迟", "Minor issue"]);
    // The need knows the visit that has it on the agenda; a note can point at the visit.
    const needId = (v.agenda[0] as unknown as { needId: string }).needId;
    const need = await s.request("GET", `/api/v1/needs/${needId}`, { as: rep.token });
    expect(need.body.visits.map((x: { visitId: string }) => x.visitId)).toEqual([v.id]);
    const note = await post(`/api/v1/customers/${c.id}/communications`, {
      channel: "visit",
      subject: "Prep",
      visitId: v.id,
    });
    expect(note.body.visitId).toBe(v.id);
    const other = await customer();
    const wrong = await post(`/api/v1/customers/${other.id}/communications`, {
      channel: "visit",
      subject: "Prep",
      visitId: v.id,
    });
    expect(wrong.status).toBe(422);
  });

  it.each([
    [north(120), "verified", 120],
    [north(800), "out_of_radius", 800],
    [null, "unverified", null],
  ])("checks in at %j → %s", async (pos, verification, distance) => {
    const c = await customer();
    const v = await visit(c.id);
    // Out of radius needs a reason (proof.test.ts covers the refusal).
    const reason = verification === "out_of_radius" ? { reasonCode: "gps_inaccurate" } : {};
    const res = await post(
      `/api/v1/visits/${v.id}/check-in`,
      pos ? { ...pos, accuracyM: 15, ...reason } : {},
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe("checked_in");
    expect(res.body.verification).toBe(verification);
    if (distance === null) expect(res.body.checkInDistanceM).toBeNull();
    else expect(res.body.checkInDistanceM).toBeCloseTo(distance, -1);
  });

  it("checks out atomically: visit, timeline entry, last-visit date, new needs and follow-ups", async () => {
    const c = await customer();
    const v = await visit(c.id);
    await post(`/api/v1/visits/${v.id}/check-in`, north(10));
    const out = await post(`/api/v1/visits/${v.id}/check-out`, {
      ...north(12),
      result: "客户确认下季度订单，需要培训",
      resultScore: 4,
      needs: [{ type: "training", title: "操作培训", importance: 3 }],
      followUps: [{ kind: "call", dueAt: inHours(48), notes: "确认培训日期" }],
    });
    expect(out.status, out.text).toBe(200);
    expect(out.body).toMatchObject({ status: "completed", resultScore: 4 });
    expect(out.body.dwellMinutes).toBe(0);
    const comm = await s.request("GET", `/api/v1/communications/${out.body.communicationId}`, {
      as: rep.token,
    });
    expect(comm.body).toMatchObject({ channel: "visit", content: "客户确认下季度订单，需要培训" });
    const cust = await s.request("GET", `/api/v1/customers/${c.id}`, { as: rep.token });
    expect(cust.body.lastVisitedAt).toBe(out.body.checkOutAt);
    const needs = await s.request("GET", `/api/v1/needs?customerId=${c.id}`, { as: rep.token });
    expect(needs.body.items.map((n: { title: string }) => n.title)).toContain("操作培训");
    const fus = await s.request("GET", `/api/v1/follow-ups?customerId=${c.id}`, { as: rep.token });
    expect(fus.body.items.map((f: { notes: string }) => f.notes)).toContain("确认培训日期");
    const found = await s.request("GET", `/api/v1/communications?q=${encodeURIComponent("培训")}`, {
      as: rep.token,
    });
    expect(found.body.items.map((x: { id: string }) => x.id)).toContain(out.body.communicationId);
  });

  it("rolls everything back when a part of the check-out is refused", async () => {
    const c = await customer();
    const v = await visit(c.id);
    await post(`/api/v1/visits/${v.id}/check-in`, {});
    const before = await dataDigest(s.database);
    const out = await post(`/api/v1/visits/${v.id}/check-out`, {
      result: "ok",
      resultScore: 3,
      needs: [{ type: "no_such_type", title: "x" }],
    });
    expect(out.status).toBe(422);
    expect(await dataDigest(s.database)).toEqual(before);
    const again = await s.request("GET", `/api/v1/visits/${v.id}`, { as: rep.token });
    expect(again.body.status).toBe("checked_in");
  });

  it("refuses moves the lifecycle does not allow", async () => {
    const c = await customer();
    const v = await visit(c.id);
    const early = await post(`/api/v1/visits/${v.id}/check-out`, { result: "x", resultScore: 3 });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe("invalid_visit_transition");
    await post(`/api/v1/visits/${v.id}/check-in`, {});
    expect((await post(`/api/v1/visits/${v.id}/check-in`, {})).status).toBe(409);
    expect((await post(`/api/v1/visits/${v.id}/cancel`, { reason: "x" })).status).toBe(409);
    const bad = await post(`/api/v1/visits/${v.id}/check-out`, { result: "x", resultScore: 6 });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: "resultScore", rule: "too_big" });
  });

  it("cancels with a reason, and marks a planned visit missed once its day has passed", async () => {
    const c = await customer();
    const v = await visit(c.id);
    const cancelled = await post(`/api/v1/visits/${v.id}/cancel`, { reason: "客户临时有事" });
    expect(cancelled.body).toMatchObject({ status: "cancelled", cancelReason: "客户临时有事" });
    const past = await visit(c.id, { plannedStart: inHours(-72), plannedEnd: inHours(-71) });
    const got = await s.request("GET", `/api/v1/visits/${past.id}`, { as: rep.token });
    expect(got.body.status).toBe("missed");
    const late = await post(`/api/v1/visits/${past.id}/check-in`, {});
    expect(late.status).toBe(409);
    expect(late.body.code).toBe("visit_missed");
  });

  it("keeps other reps out", async () => {
    const c = await customer();
    const v = await visit(c.id);
    expect((await s.request("GET", `/api/v1/visits/${v.id}`, { as: other.token })).status).toBe(
      404,
    );
    const before = await dataDigest(s.database);
    expect((await post(`/api/v1/visits/${v.id}/check-in`, {}, other.token)).status).toBe(404);
    expect(
      (
        await post(
          "/api/v1/visits",
          { customerId: c.id, plannedStart: inHours(1), plannedEnd: inHours(2) },
          other.token,
        )
      ).status,
    ).toBe(404);
    expect(await dataDigest(s.database)).toEqual(before);
  });

  it("refuses an agenda naming another customer's need", async () => {
    const c1 = await customer();
    const c2 = await customer();
    const n = await post(`/api/v1/customers/${c2.id}/needs`, {
      type: "support",
      title: "Elsewhere",
    });
    const before = await dataDigest(s.database);
    const res = await post("/api/v1/visits", {
      customerId: c1.id,
      plannedStart: inHours(1),
      plannedEnd: inHours(2),
      agenda: [{ needId: n.body.id, text: "sneaky" }],
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ field: "agenda", rule: "same_customer" });
    expect(await dataDigest(s.database)).toEqual(before);
  });

  it("refuses an end before the start", async () => {
    const c = await customer();
    const res = await post("/api/v1/visits", {
      customerId: c.id,
      plannedStart: inHours(2),
      plannedEnd: inHours(1),
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: "plannedEnd", rule: "after_start" });
  });
});

describe("who is due", () => {
  it("ranks the due list with reasons in English and Chinese", async () => {
    const r = await s.user({ role: "rep" });
    // The day is pinned (the list's `date`), and visits are dated against it: the count of
    // calendar days must not depend on the hour the test runs at.
    const day = "2030-03-15";
    const mk = async (name: string, tier: string, lastDaysAgo: number | null) => {
      const c = await s.request("POST", "/api/v1/customers", {
        body: buildCustomer({ name, tier, latitude: shop.lat, longitude: shop.lon }),
        as: r.token,
      });
      if (lastDaysAgo !== null) {
        await s.database.query(
          "update customers set last_visited_at = $2::timestamptz - make_interval(days => $3) where id = $1",
          [c.body.id, `${day}T23:30:00Z`, lastDaysAgo],
        );
      }
      return c.body.id as string;
    };
    await mk("A late", "A", 34);
    await mk("B fresh", "B", 2);
    await mk("C never", "C", null);
    const due = await s.request("GET", `/api/v1/visits/due?date=${day}`, { as: r.token });
    expect(due.status, due.text).toBe(200);
    expect(due.body.items.map((x: { name: string }) => x.name)).toEqual(["A late", "C never"]);
    // Reasons are data; the words are rendered for the reader: profile language by default…
    expect(due.body.items[0].reasons).toEqual([
      { code: "tier", tier: "A" },
      { code: "days_since", days: 34, max: 14 },
    ]);
    expect(due.body.items[0].reasonText).toBe("A-tier · 34 days since last visit (max 14)");
    expect(due.body.items[0].mandatory).toBe(true);
    // …the language the request asks for (the web app sends its UI's)…
    const zh = await s.request("GET", `/api/v1/visits/due?date=${day}`, {
      as: r.token,
      headers: { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" },
    });
    expect(zh.body.items[0].reasonText).toBe("A类客户 · 距上次拜访34天（上限14天）");
    // …and a Chinese profile reads Chinese without asking.
    // Through the API: the change empties the cached credentials that carry the profile.
    const patched = await s.request("PATCH", `/api/v1/users/${r.id}`, {
      body: { locale: "zh-CN" },
      headers: { "if-match": "*" },
    });
    expect(patched.status, patched.text).toBe(200);
    const profile = await s.request("GET", `/api/v1/visits/due?date=${day}`, { as: r.token });
    expect(profile.body.items[0].reasonText).toBe("A类客户 · 距上次拜访34天（上限14天）");
    const all = await s.request("GET", `/api/v1/visits/due?all=true&date=${day}`, {
      as: r.token,
    });
    expect(all.body.items).toHaveLength(3);
  });

  it("finds due customers nearby that still fit into the day", async () => {
    const r = await s.user({ role: "rep" });
    const near = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({
        name: "Near",
        tier: "A",
        ...{ latitude: north(500).lat, longitude: shop.lon },
        visitDurationMin: 30,
      }),
      as: r.token,
    });
    await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({
        name: "Far",
        tier: "A",
        latitude: shop.lat + 0.5,
        longitude: shop.lon,
        visitDurationMin: 30,
      }),
      as: r.token,
    });
    const soon = await s.request(
      "GET",
      `/api/v1/visits/nearby?lat=${shop.lat}&lon=${shop.lon}&until=${encodeURIComponent(inHours(1))}`,
      { as: r.token },
    );
    expect(soon.status, soon.text).toBe(200);
    expect(soon.body.items.map((x: { name: string }) => x.name)).toEqual(["Near"]);
    expect(soon.body.items[0].customerId).toBe(near.body.id);
    const later = await s.request(
      "GET",
      `/api/v1/visits/nearby?lat=${shop.lat}&lon=${shop.lon}&until=${encodeURIComponent(inHours(8))}`,
      { as: r.token },
    );
    expect(later.body.items.map((x: { name: string }) => x.name)).toEqual(["Near", "Far"]);
  });
});
