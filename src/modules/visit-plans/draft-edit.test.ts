import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { startJobWorker } from "../../jobs/queue/handlers.ts";
import type { Worker } from "../../jobs/queue/worker.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

/**
 * Editing a draft plan through the API, on PGlite and (with DATABASE_URL) PostgreSQL: every
 * edit operation, If-Match, refusals that change nothing, re-optimising around the edits, and
 * publishing once under two concurrent requests.
 */
let s: TestServer;
let worker: Worker;
let rep: { id: string; token: string };
let manager: { id: string; token: string };
const MONDAY = "2030-01-07";
const DAYS = ["2030-01-07", "2030-01-08", "2030-01-09"];
const home = { lat: 31.2304, lon: 121.4737 };
const customers: string[] = [];

type Stop = {
  customerId: string;
  name: string;
  fixed: boolean;
  visitId: string | null;
  arrival: string;
  start: string;
  end: string;
  locked?: boolean;
  added?: boolean;
  violations?: string[];
  reasons: unknown;
};
type Route = { repId: string; date: string; stops: Stop[]; km: number; violations?: string[] };
type Plan = {
  id: string;
  status: string;
  version: number;
  result: {
    routes: Route[];
    unplanned: { customerId: string; reason: string }[];
    totals: { visits: number; km: number; mandatoryMissed: number; infeasibleStops?: number };
  };
};

const windows = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri"].map((d) => [
    d,
    [
      { from: "09:00", to: "12:00" },
      { from: "13:30", to: "17:00" },
    ],
  ]),
);

beforeAll(async () => {
  s = await startTestServer();
  const { loadConfig } = await import("../../config.ts");
  worker = startJobWorker(s.database.db, loadConfig({ LOG_LEVEL: "silent" }), { pollMs: 50 });
  const team = await s.team();
  rep = await s.user({ role: "rep", teamId: team });
  manager = await s.user({ role: "manager", teamId: team });
  await s.request("PATCH", `/api/v1/users/${rep.id}`, {
    body: { timeZone: "Asia/Shanghai", homeLat: home.lat, homeLon: home.lon },
    headers: { "if-match": '"1"' },
    as: rep.token,
  });
  for (let i = 0; i < 10; i++) {
    const angle = (i / 10) * 2 * Math.PI;
    const km = 3 + (i % 4) * 3;
    const c = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({
        name: `客户${i}`,
        tier: i % 2 === 0 ? "A" : "B",
        latitude: home.lat + (km / 111) * Math.cos(angle),
        longitude: home.lon + (km / 95) * Math.sin(angle),
        visitDurationMin: 45,
        visitWindows: windows,
      }),
      as: rep.token,
    });
    customers.push(c.body.id);
  }
});
afterAll(async () => {
  await worker?.stop();
  await s?.close();
});

/** A draft for the rep; tests that publish use weeks of their own, so drafts stay independent. */
async function draft(days = 3, startDate = MONDAY): Promise<Plan> {
  const res = await s.request("POST", "/api/v1/visit-plans", {
    body: { startDate, days, options: { timeLimitSeconds: 0.5 } },
    as: rep.token,
  });
  expect(res.status, res.text).toBe(202);
  for (let i = 0; i < 200; i++) {
    const got = await s.request("GET", `/api/v1/visit-plans/${res.body.id}`, { as: rep.token });
    if (got.body.status === "draft") return got.body;
    expect(got.body.status).not.toBe("failed");
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("plan did not finish");
}

function edit(plan: { id: string; version: number }, body: unknown, as = rep.token) {
  return s.request("POST", `/api/v1/visit-plans/${plan.id}/edits`, {
    body,
    headers: { "if-match": `"${plan.version}"` },
    as,
  });
}

const stops = (p: Plan) => p.result.routes.flatMap((r) => r.stops.map((x) => ({ ...x, route: r })));
const where = (p: Plan, customerId: string) => stops(p).find((x) => x.customerId === customerId);

/** Consistent times: each stop starts after it arrives, after the previous one ends. */
function expectTimed(p: Plan) {
  for (const r of p.result.routes) {
    let prev = 0;
    for (const x of r.stops) {
      expect(Date.parse(x.arrival)).toBeGreaterThanOrEqual(prev);
      if (!x.fixed && !x.locked)
        expect(Date.parse(x.start)).toBeGreaterThanOrEqual(Date.parse(x.arrival));
      prev = Math.max(Date.parse(x.end), Date.parse(x.arrival));
    }
  }
  const km = p.result.routes.reduce((n, r) => n + r.km, 0);
  expect(p.result.totals.km).toBeCloseTo(km, 5);
  expect(p.result.totals.visits).toBe(stops(p).length);
}

describe("editing a draft plan", () => {
  it("moves, drops, adds, locks and unlocks stops; each answer is re-timed, with its ETag", async () => {
    let plan = await draft();
    expect(plan.result.totals.visits).toBeGreaterThan(3);

    // Move the first stop of the first route to another day.
    const first = plan.result.routes[0]!.stops[0]!;
    const otherDay = DAYS.find((d) => d !== plan.result.routes[0]!.date)!;
    const moved = await edit(plan, { op: "move", customerId: first.customerId, date: otherDay });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.headers.get("etag")).toBe(`"${plan.version + 1}"`);
    plan = moved.body;
    expect(where(plan, first.customerId)!.route.date).toBe(otherDay);
    expect(where(plan, first.customerId)!.violations).toEqual([]);
    expectTimed(plan);

    // Up within a day: the last stop of a route becomes its first.
    const route = plan.result.routes.find((r) => r.stops.length >= 2)!;
    const last = route.stops.at(-1)!;
    const up = await edit(plan, { op: "move", customerId: last.customerId, position: 0 });
    expect(up.status, up.text).toBe(200);
    plan = up.body;
    const again = plan.result.routes.find((r) => r.repId === route.repId && r.date === route.date)!;
    expect(again.stops[0]!.customerId).toBe(last.customerId);
    expectTimed(plan);

    // Drop: the stop goes to the left-out list.
    const victim = stops(plan)[1]!;
    const dropped = await edit(plan, { op: "drop", customerId: victim.customerId });
    expect(dropped.status, dropped.text).toBe(200);
    plan = dropped.body;
    expect(where(plan, victim.customerId)).toBeUndefined();
    expect(plan.result.unplanned).toContainEqual(
      expect.objectContaining({ customerId: victim.customerId, reason: "dropped" }),
    );
    // Never visited A/B customers are due, not yet must-visit: nothing counted as missed.
    expect(plan.result.totals.mandatoryMissed).toBe(0);

    // Add it back on the last day: where it fits best that day, with why it is due.
    const added = await edit(plan, { op: "add", customerId: victim.customerId, date: DAYS[2] });
    expect(added.status, added.text).toBe(200);
    plan = added.body;
    expect(where(plan, victim.customerId)).toMatchObject({
      added: true,
      route: expect.objectContaining({ date: DAYS[2], repId: rep.id }),
      reasons: expect.anything(),
    });
    expect(plan.result.unplanned.some((u) => u.customerId === victim.customerId)).toBe(false);

    // Lock: a locked stop is not moved or dropped by hand until unlocked.
    const keep = stops(plan)[0]!;
    const locked = await edit(plan, { op: "lock", customerId: keep.customerId });
    expect(locked.status).toBe(200);
    plan = locked.body;
    expect(where(plan, keep.customerId)).toMatchObject({ locked: true, start: keep.start });
    const refused = await edit(plan, { op: "drop", customerId: keep.customerId });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("stop_locked");
    const unlocked = await edit(plan, { op: "unlock", customerId: keep.customerId });
    expect(unlocked.status).toBe(200);
    plan = unlocked.body;
    expect(where(plan, keep.customerId)!.locked).toBeUndefined();

    // The trail names each edit, and who made it (plans have no audit API: read the table).
    const trail = await s.database.query<{ op: string | null; actor: string }>(
      `select after->'edit'->>'op' as op, actor_id as actor from audit_events
        where entity_type = 'visit_plan' and entity_id = $1 order by id`,
      [plan.id],
    );
    expect(trail.rows.map((r) => r.op)).toEqual(["move", "move", "drop", "add", "lock", "unlock"]);
    expect(new Set(trail.rows.map((r) => r.actor))).toEqual(new Set([rep.id]));
  });

  it("re-times without refusing: a crowded day shows its late stops", async () => {
    let plan = await draft();
    const target = DAYS[0]!;
    for (const x of stops(plan).filter((x) => x.route.date !== target)) {
      const res = await edit(plan, {
        op: "move",
        customerId: x.customerId,
        date: target,
        position: 0,
      });
      expect(res.status, res.text).toBe(200);
      plan = res.body;
    }
    const day = plan.result.routes.find((r) => r.date === target)!;
    expect(day.stops.length).toBe(stops(plan).length);
    const flags = day.stops.flatMap((x) => x.violations ?? []);
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => ["outside_window", "after_hours"].includes(f))).toBe(true);
    expect(plan.result.totals.infeasibleStops).toBe(
      day.stops.filter((x) => (x.violations ?? []).length > 0).length,
    );
  });

  it("refuses a stale or missing If-Match, bad operations and bad references, changing nothing", async () => {
    const plan = await draft(2);
    const inPlan = stops(plan)[0]!;
    const before = await dataDigest(s.database);
    const stale = await edit(
      { ...plan, version: plan.version - 1 },
      { op: "lock", customerId: inPlan.customerId },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe("version_mismatch");
    const none = await s.request("POST", `/api/v1/visit-plans/${plan.id}/edits`, {
      body: { op: "lock", customerId: inPlan.customerId },
      as: rep.token,
    });
    expect(none.status).toBe(428);

    const bad: [unknown, number, string, string][] = [
      [{ op: "teleport", customerId: inPlan.customerId }, 400, "op", "invalid_union"],
      [{ op: "move" }, 400, "customerId", "invalid_type"],
      [{ op: "move", customerId: inPlan.customerId, position: -1 }, 400, "position", "too_small"],
      [
        { op: "move", customerId: inPlan.customerId, date: "2030-02-30" },
        400,
        "date",
        "format:date",
      ],
      [{ op: "drop", customerId: inPlan.customerId, why: "x" }, 400, "why", "unknown_field"],
      [{ op: "lock", customerId: "not-a-uuid" }, 400, "customerId", "format:uuid"],
      [{ op: "move", customerId: crypto.randomUUID() }, 422, "customerId", "in_plan"],
      [{ op: "move", customerId: inPlan.customerId, repId: manager.id }, 422, "repId", "in_plan"],
      [{ op: "move", customerId: inPlan.customerId, date: "2030-01-14" }, 422, "date", "in_plan"],
      [{ op: "move", customerId: inPlan.customerId, position: 150 }, 422, "position", "in_route"],
      [{ op: "add", customerId: crypto.randomUUID() }, 422, "customerId", "exists"],
      [{ op: "add", customerId: inPlan.customerId }, 409, "", ""],
    ];
    for (const [body, status, field, rule] of bad) {
      const res = await edit(plan, body);
      expect(res.status, `${JSON.stringify(body)}: ${res.text}`).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
      if (field) expect(res.body, JSON.stringify(body)).toMatchObject({ field, rule });
    }
    expect(await dataDigest(s.database)).toEqual(before);
  });

  it("adds only located customers of the plan's reps that the caller can see", async () => {
    const plan = await draft(2);
    const other = await s.user({ role: "rep" });
    const theirs = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({ name: "别人的客户" }),
      as: other.token,
    });
    const unlocated = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({ name: "没有坐标", latitude: null, longitude: null }),
      as: rep.token,
    });
    expect(unlocated.status, unlocated.text).toBe(201);
    const before = await dataDigest(s.database);
    // The rep cannot see the other rep's customer: as if it did not exist.
    const hidden = await edit(plan, { op: "add", customerId: theirs.body.id });
    expect(hidden.body).toMatchObject({ status: 422, field: "customerId", rule: "exists" });
    // An admin sees it, but it belongs to none of the plan's reps.
    const foreign = await edit(plan, { op: "add", customerId: theirs.body.id }, s.adminToken);
    expect(foreign.body).toMatchObject({
      status: 422,
      field: "customerId",
      rule: "owned_by_plan_rep",
    });
    const nowhere = await edit(plan, { op: "add", customerId: unlocated.body.id });
    expect(nowhere.body).toMatchObject({ status: 422, field: "customerId", rule: "located" });
    // Someone else's plan is not found.
    const notMine = await edit(
      plan,
      { op: "lock", customerId: stops(plan)[0]!.customerId },
      other.token,
    );
    expect(notMine.status).toBe(404);
    expect(await dataDigest(s.database)).toEqual(before);
  });

  it("keeps fixed visits out of reach, and refuses edits once published", async () => {
    const week = ["2030-01-14", "2030-01-15", "2030-01-16"];
    const locked = await s.request("POST", "/api/v1/visits", {
      body: {
        customerId: customers[9],
        plannedStart: "2030-01-15T02:00:00Z", // Tue 10:00 in Shanghai
        plannedEnd: "2030-01-15T03:00:00Z",
        locked: true,
      },
      as: rep.token,
    });
    expect(locked.status, locked.text).toBe(201);
    let plan = await draft(3, week[0]);
    const fixed = stops(plan).find((x) => x.fixed)!;
    expect(fixed.visitId).toBe(locked.body.id);
    for (const op of ["drop", "move", "lock"]) {
      const res = await edit(plan, { op, customerId: fixed.customerId });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe("stop_fixed");
    }
    // Moving a stop in front of the agreed visit re-times around it; it stays at 10:00.
    const mover = stops(plan).find((x) => !x.fixed && x.route.date !== week[1])!;
    const res = await edit(plan, {
      op: "move",
      customerId: mover.customerId,
      date: week[1],
      position: 0,
    });
    expect(res.status, res.text).toBe(200);
    plan = res.body;
    expect(where(plan, fixed.customerId)!.start).toBe("2030-01-15T02:00:00.000Z");
    expect(where(plan, mover.customerId)!.route.date).toBe(week[1]);

    const pub = await s.request("POST", `/api/v1/visit-plans/${plan.id}/publish`, {
      as: rep.token,
    });
    expect(pub.status).toBe(200);
    const after = await edit(pub.body.plan, { op: "drop", customerId: mover.customerId });
    expect(after.status).toBe(409);
    expect(after.body.code).toBe("plan_not_draft");
    const reopt = await s.request("POST", `/api/v1/visit-plans/${plan.id}/reoptimise`, {
      body: {},
      headers: { "if-match": `"${pub.body.plan.version}"` },
      as: rep.token,
    });
    expect(reopt.status).toBe(409);
    expect(reopt.body.code).toBe("plan_not_draft");
  });
});

describe("re-optimising around the edits", () => {
  it("keeps locked stops where they are, dropped customers out and added ones in", async () => {
    // A week of its own: visits published by other tests bound the cadence of nearby weeks.
    const week = ["2030-03-04", "2030-03-05", "2030-03-06"];
    let plan = await draft(3, week[0]);
    const all = stops(plan);
    const keep = all[all.length - 1]!;
    const moveTo = week.find((d) => d !== keep.route.date)!;
    // Move a stop to another day, then lock it there.
    plan = (await edit(plan, { op: "move", customerId: keep.customerId, date: moveTo })).body;
    plan = (await edit(plan, { op: "lock", customerId: keep.customerId })).body;
    const pinned = where(plan, keep.customerId)!;
    const gone = stops(plan).find((x) => x.customerId !== keep.customerId)!;
    plan = (await edit(plan, { op: "drop", customerId: gone.customerId })).body;
    // Add a customer that the planner left out, or drop-and-add one, so something is "added".
    const extra = stops(plan).find((x) => x.customerId !== keep.customerId)!;
    plan = (await edit(plan, { op: "drop", customerId: extra.customerId })).body;
    plan = (await edit(plan, { op: "add", customerId: extra.customerId, date: week[0] })).body;

    const stale = await s.request("POST", `/api/v1/visit-plans/${plan.id}/reoptimise`, {
      body: { timeLimitSeconds: 0.5 },
      headers: { "if-match": `"${plan.version - 1}"` },
      as: rep.token,
    });
    expect(stale.status).toBe(412);
    const res = await s.request("POST", `/api/v1/visit-plans/${plan.id}/reoptimise`, {
      body: { timeLimitSeconds: 0.5 },
      headers: { "if-match": `"${plan.version}"` },
      as: rep.token,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("etag")).toBe(`"${plan.version + 1}"`);
    const after: Plan = res.body;
    expect(where(after, keep.customerId)).toMatchObject({
      locked: true,
      start: pinned.start,
      end: pinned.end,
      route: expect.objectContaining({ date: moveTo, repId: rep.id }),
    });
    expect(where(after, gone.customerId)).toBeUndefined();
    expect(after.result.unplanned).toContainEqual(
      expect.objectContaining({ customerId: gone.customerId, reason: "dropped" }),
    );
    expect(where(after, extra.customerId)).toMatchObject({ added: true });
    expect(stops(after).every((x) => (x.violations ?? []).length === 0)).toBe(true);
    expectTimed(after);
    // Every customer is either planned or left out, once.
    const ids = [
      ...stops(after).map((x) => x.customerId),
      ...after.result.unplanned.map((u) => u.customerId),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("publishing", () => {
  it("publishes once under two concurrent requests, and a third answers the same", async () => {
    const plan = await draft(2, "2030-05-06");
    const publish = () =>
      s.request("POST", `/api/v1/visit-plans/${plan.id}/publish`, { as: rep.token });
    const [a, b] = await Promise.all([publish(), publish()]);
    expect(a.status, a.text).toBe(200);
    expect(b.status, b.text).toBe(200);
    expect(a.body.created).toBeGreaterThan(0);
    expect({ created: b.body.created, replaced: b.body.replaced }).toEqual({
      created: a.body.created,
      replaced: a.body.replaced,
    });
    const c = await publish();
    expect(c.status).toBe(200);
    expect(c.body).toEqual(a.body.plan.version >= b.body.plan.version ? a.body : b.body);
    expect(c.body.plan.result.publication).toEqual({
      created: a.body.created,
      replaced: a.body.replaced,
    });
    const made = await s.database.query<{ n: number }>(
      "select count(*)::int as n from visits where plan_id = $1",
      [plan.id],
    );
    expect(made.rows[0]!.n).toBe(a.body.created);
  });
});
