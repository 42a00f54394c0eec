import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import {
  fullDigest,
  seedCommunication,
  seedCustomer,
  seedNeed,
} from "../../jobs/fixtures.testing.ts";
import { fireDueReminders } from "../notifications/notifications.service.ts";
import { runDueStrategies } from "./strategies.service.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

const DAY = 86_400_000;
const db = () => s.database.db;

const body = (overrides: Record<string, unknown> = {}) => ({
  name: "Quarterly check-in",
  goal: "Keep A customers warm",
  segment: { tier: ["A"] },
  channel: "phone",
  followUpKind: "call",
  cadence: { everyDays: 7 },
  template: "Call {{customer.name}} about the new season",
  anchorAt: new Date(Date.now() - 3 * DAY).toISOString(),
  ...overrides,
});

async function create(overrides: Record<string, unknown> = {}, as?: string) {
  const res = await s.request("POST", "/api/v1/strategies", { body: body(overrides), as });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

async function refused(
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string>; as?: string },
  status: number,
) {
  const before = await fullDigest(s.database);
  const res = await s.request(method, path, init);
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(await fullDigest(s.database)).toEqual(before);
  return res.body;
}

async function followUps(strategyId: string) {
  const r = await s.database.query<{
    customer_id: string;
    assignee_id: string;
    notes: string | null;
    due_at: Date;
    strategy_period: string;
    kind: string;
  }>("select * from follow_ups where strategy_id = $1 order by customer_id", [strategyId]);
  return r.rows;
}

/**
 * Team North: manager + reps r1 (3 A customers, 1 B), r2 (2 A). Team South: rep r3 (2 A).
 * One A customer without an owner, one deleted.
 */
async function world() {
  const north = await s.team();
  const south = await s.team();
  const manager = await s.user({ role: "manager", teamId: north });
  const r1 = await s.user({ role: "rep", teamId: north });
  const r2 = await s.user({ role: "rep", teamId: north });
  const r3 = await s.user({ role: "rep", teamId: south });
  const tag = `t${Math.random().toString(36).slice(2, 8)}`;
  const mk = (ownerId: string | null, tier = "A") =>
    seedCustomer(db(), { ownerId, tier, tags: [tag] });
  const c = {
    r1: [await mk(r1.id), await mk(r1.id), await mk(r1.id)],
    r1b: await mk(r1.id, "B"),
    r2: [await mk(r2.id), await mk(r2.id)],
    r3: [await mk(r3.id), await mk(r3.id)],
    none: await mk(null),
    deleted: await mk(r1.id),
  };
  await s.database.query("update customers set deleted_at = now() where id = $1", [c.deleted.id]);
  return { north, south, manager, r1, r2, r3, tag, c };
}

describe("CRUD", () => {
  it("creates, reads, lists, updates and deletes with ETags and an audit trail", async () => {
    const created = await create({ cadence: { rrule: "FREQ=WEEKLY;BYDAY=MO", dueOffsetDays: 1 } });
    expect(created).toMatchObject({
      name: "Quarterly check-in",
      cadence: { rrule: "FREQ=WEEKLY;BYDAY=MO", dueOffsetDays: 1 },
      segment: { tier: ["A"] },
      active: true,
      teamId: null,
      version: 1,
    });
    expect(created.nextRunAt).not.toBeNull();
    const got = await s.request("GET", `/api/v1/strategies/${created.id}`);
    expect(got.headers.get("etag")).toBe('"1"');
    expect(got.body).toEqual(created);
    const list = await s.request("GET", "/api/v1/strategies?limit=200");
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(created.id);

    await refused("PATCH", `/api/v1/strategies/${created.id}`, { body: { name: "X" } }, 428);
    await refused(
      "PATCH",
      `/api/v1/strategies/${created.id}`,
      { body: { name: "X" }, headers: { "if-match": '"7"' } },
      412,
    );
    const patched = await s.request("PATCH", `/api/v1/strategies/${created.id}`, {
      body: { name: "Weekly call", active: false },
      headers: { "if-match": '"1"' },
    });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body).toMatchObject({
      name: "Weekly call",
      active: false,
      nextRunAt: null,
      version: 2,
    });
    const del = await s.request("DELETE", `/api/v1/strategies/${created.id}`, {
      headers: { "if-match": '"2"' },
    });
    expect(del.status).toBe(200);
    expect((await s.request("GET", `/api/v1/strategies/${created.id}`)).status).toBe(404);
    const audit = await s.database.query<{ action: string }>(
      "select action from audit_events where entity_type = 'strategy' and entity_id = $1 order by id",
      [created.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(["create", "update", "delete"]);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = await s.request("GET", "/api/openapi.json");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/strategies",
        "/api/v1/strategies/{id}",
        "/api/v1/strategies/{id}/run",
        "/api/v1/strategies/{id}/kpis",
        "/api/v1/notifications",
        "/api/v1/notifications/{id}/read",
        "/api/v1/notifications/read-all",
      ]),
    );
  });

  it("pages with a cursor", async () => {
    for (let i = 0; i < 3; i++) await create({ name: `Paged ${i}` });
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : "";
      const page = await s.request("GET", `/api/v1/strategies?limit=2${q}`);
      expect(page.status).toBe(200);
      for (const x of page.body.items) seen.add(x.id);
      cursor = page.body.nextCursor;
    } while (cursor);
    const all = await s.request("GET", "/api/v1/strategies?limit=200");
    expect(seen.size).toBe(all.body.items.length);
  });
});

describe("bad input changes nothing", () => {
  it.each([
    ["an unknown field", { foo: 1 }, "foo", "unknown_field"],
    ["an empty name", { name: "" }, "name", "too_small"],
    ["an unknown channel", { channel: "fax" }, "channel", "invalid_value"],
    ["an unknown follow-up kind", { followUpKind: "dance" }, "followUpKind", "invalid_value"],
    ["an unknown segment field", { segment: { city: "Munich" } }, "segment.city", "unknown_field"],
    ["an unknown tier", { segment: { tier: ["Z"] } }, "segment.tier.0", "invalid_value"],
    [
      "a negative day count",
      { segment: { minDaysSinceLastCommunication: -1 } },
      "segment.minDaysSinceLastCommunication",
      "too_small",
    ],
    ["a bad owner id", { segment: { ownerIds: ["nope"] } }, "segment.ownerIds.0", "format:uuid"],
    ["a bad anchor", { anchorAt: "2026-02-31T00:00:00Z" }, "anchorAt", "format:datetime"],
  ])("rejects %s", async (_label, overrides, field, rule) => {
    const problem = await refused("POST", "/api/v1/strategies", { body: body(overrides) }, 400);
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors).toContainEqual(expect.objectContaining({ field, rule }));
  });

  it.each([
    ["zero days", { everyDays: 0 }],
    ["both kinds", { everyDays: 7, rrule: "FREQ=WEEKLY" }],
    ["an RRULE with COUNT", { rrule: "FREQ=WEEKLY;COUNT=3" }],
    ["an RRULE without FREQ", { rrule: "BYDAY=MO" }],
    ["a nonsense RRULE", { rrule: "every monday" }],
    ["an RRULE that never occurs", { rrule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31" }],
    ["a huge offset", { everyDays: 7, dueOffsetDays: 400 }],
  ])("rejects a cadence with %s", async (_label, cadence) => {
    const problem = await refused("POST", "/api/v1/strategies", { body: body({ cadence }) }, 400);
    expect(problem.code).toBe("validation_failed");
    expect(problem.field).toMatch(/^cadence/);
  });

  it("refuses an unknown team with 422", async () => {
    const problem = await refused(
      "POST",
      "/api/v1/strategies",
      { body: body({ teamId: "00000000-0000-4000-8000-000000000000" }) },
      422,
    );
    expect(problem.field).toBe("teamId");
  });
});

describe("roles", () => {
  it("reps read company-wide and their team's strategies and write nothing", async () => {
    const w = await world();
    const company = await create();
    const north = await create({ teamId: w.north });
    const south = await create({ teamId: w.south });
    const list = await s.request("GET", "/api/v1/strategies?limit=200", { as: w.r1.token });
    const ids = list.body.items.map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining([company.id, north.id]));
    expect(ids).not.toContain(south.id);
    expect(
      (await s.request("GET", `/api/v1/strategies/${south.id}`, { as: w.r1.token })).status,
    ).toBe(404);

    const p = await refused("POST", "/api/v1/strategies", { body: body(), as: w.r1.token }, 403);
    expect(p.code).toBe("strategy_forbidden");
    await refused(
      "PATCH",
      `/api/v1/strategies/${north.id}`,
      { body: { name: "Mine" }, headers: { "if-match": '"1"' }, as: w.r1.token },
      403,
    );
    await refused("POST", `/api/v1/strategies/${north.id}/run`, { as: w.r1.token }, 403);
    await refused(
      "DELETE",
      `/api/v1/strategies/${north.id}`,
      { headers: { "if-match": '"1"' }, as: w.r1.token },
      403,
    );
  });

  it("managers write their team's strategies only, aimed at their team only", async () => {
    const w = await world();
    const mine = await create({}, w.manager.token);
    expect(mine.teamId).toBe(w.north);
    const company = await create();
    const south = await create({ teamId: w.south });
    await refused(
      "POST",
      "/api/v1/strategies",
      { body: body({ teamId: w.south }), as: w.manager.token },
      403,
    );
    await refused(
      "POST",
      "/api/v1/strategies",
      { body: body({ teamId: null }), as: w.manager.token },
      403,
    );
    const seg = await refused(
      "POST",
      "/api/v1/strategies",
      { body: body({ segment: { teamId: w.south } }), as: w.manager.token },
      403,
    );
    expect(seg.field).toBe("segment.teamId");
    await refused(
      "PATCH",
      `/api/v1/strategies/${company.id}`,
      { body: { name: "Ours" }, headers: { "if-match": '"1"' }, as: w.manager.token },
      403,
    );
    await refused(
      "PATCH",
      `/api/v1/strategies/${south.id}`,
      { body: { name: "Ours" }, headers: { "if-match": '"1"' }, as: w.manager.token },
      404,
    );
    await refused(
      "PATCH",
      `/api/v1/strategies/${mine.id}`,
      { body: { teamId: w.south }, headers: { "if-match": '"1"' }, as: w.manager.token },
      403,
    );
    const ok = await s.request("PATCH", `/api/v1/strategies/${mine.id}`, {
      body: { goal: "More visits" },
      headers: { "if-match": '"1"' },
      as: w.manager.token,
    });
    expect(ok.status, ok.text).toBe(200);
  });
});

describe("running", () => {
  it("creates one follow-up per matching customer, idempotently per period", async () => {
    const w = await world();
    const st = await create({ segment: { tier: ["A"], tags: [w.tag] } });
    const run = await s.request("POST", `/api/v1/strategies/${st.id}/run`);
    expect(run.status, run.text).toBe(200);
    // r1 ×3, r2 ×2, r3 ×2; not the B customer, the unowned or the deleted one.
    expect(run.body).toMatchObject({ created: 7, matched: 7, period: "7d:0" });
    expect(run.body.dueAt).toBe(st.anchorAt);
    const again = await s.request("POST", `/api/v1/strategies/${st.id}/run`);
    expect(again.body).toMatchObject({ created: 0, matched: 7, period: "7d:0" });
    const rows = await followUps(st.id);
    expect(rows).toHaveLength(7);
    const byCustomer = new Map(
      [
        ...w.c.r1.map((c) => [c, w.r1.id] as const),
        ...w.c.r2.map((c) => [c, w.r2.id] as const),
        ...w.c.r3.map((c) => [c, w.r3.id] as const),
      ].map(([c, owner]) => [c.id, { owner, name: c.name }]),
    );
    for (const r of rows) {
      const expected = byCustomer.get(r.customer_id)!;
      expect(r.assignee_id).toBe(expected.owner);
      expect(r.notes).toBe(`Call ${expected.name} about the new season`);
      expect(r.kind).toBe("call");
      expect(r.strategy_period).toBe("7d:0");
    }
  });

  it("creates nothing twice when runs race", async () => {
    const w = await world();
    const st = await create({ segment: { tags: [w.tag] } });
    const runs = await Promise.all(
      [1, 2, 3, 4].map(() => s.request("POST", `/api/v1/strategies/${st.id}/run`)),
    );
    for (const r of runs) expect(r.status, r.text).toBe(200);
    expect(runs.reduce((n, r) => n + r.body.created, 0)).toBe(8);
    expect(await followUps(st.id)).toHaveLength(8);
  });

  it("a manager's run reaches only the team's customers; a rep sees only their own outcome", async () => {
    const w = await world();
    const st = await create({ segment: { tags: [w.tag] } }, w.manager.token);
    const run = await s.request("POST", `/api/v1/strategies/${st.id}/run`, { as: w.manager.token });
    expect(run.status, run.text).toBe(200);
    // North: r1's 3 A + 1 B, r2's 2; never South's r3.
    expect(run.body).toMatchObject({ created: 6, matched: 6 });
    const rows = await followUps(st.id);
    expect(new Set(rows.map((r) => r.assignee_id))).toEqual(new Set([w.r1.id, w.r2.id]));

    // The scheduler (system scope) keeps a team strategy inside its team too.
    const company = await create({ segment: { tags: [w.tag] }, teamId: w.north });
    await runDueStrategies(db(), new Date(), 100);
    expect(new Set((await followUps(company.id)).map((r) => r.assignee_id))).toEqual(
      new Set([w.r1.id, w.r2.id]),
    );

    await fireDueReminders(db(), new Date(), 1000);
    const mine = await s.request("GET", "/api/v1/notifications?limit=200", { as: w.r2.token });
    const r2Customers = new Set(w.c.r2.map((c) => c.id));
    // Other tests' company-wide strategies ran in the same scheduler pass, so count from the data.
    const assigned = await s.database.query<{ n: number }>(
      "select count(*)::int as n from follow_ups where assignee_id = $1",
      [w.r2.id],
    );
    expect(assigned.rows[0]!.n).toBeGreaterThanOrEqual(4);
    expect(mine.body.items.length).toBe(assigned.rows[0]!.n);
    for (const n of mine.body.items) expect(r2Customers.has(n.customerId)).toBe(true);

    const kpis = await s.request("GET", `/api/v1/strategies/${st.id}/kpis`, { as: w.r2.token });
    expect(kpis.status, kpis.text).toBe(200);
    expect(kpis.body).toMatchObject({ followUpsCreated: 2, customersTargeted: 2 });
    const all = await s.request("GET", `/api/v1/strategies/${st.id}/kpis`, { as: w.manager.token });
    expect(all.body).toMatchObject({ followUpsCreated: 6, customersTargeted: 6 });
  });

  it("filters by days since the last communication and by open needs", async () => {
    const w = await world();
    const [a, b, c] = w.c.r1;
    await seedCommunication(db(), {
      customerId: a!.id,
      authorId: w.r1.id,
      occurredAt: new Date(Date.now() - 2 * DAY),
    });
    await seedCommunication(db(), {
      customerId: b!.id,
      authorId: w.r1.id,
      occurredAt: new Date(Date.now() - 40 * DAY),
    });
    await seedNeed(db(), { customerId: a!.id, status: "in_progress" });
    await seedNeed(db(), { customerId: c!.id, status: "resolved" });
    const quiet = await create({
      segment: { ownerIds: [w.r1.id], tier: ["A"], minDaysSinceLastCommunication: 30 },
    });
    const r1 = await s.request("POST", `/api/v1/strategies/${quiet.id}/run`);
    expect(r1.body.matched).toBe(2);
    expect(new Set((await followUps(quiet.id)).map((f) => f.customer_id))).toEqual(
      new Set([b!.id, c!.id]),
    );
    const needy = await create({ segment: { ownerIds: [w.r1.id], hasOpenNeeds: true } });
    await s.request("POST", `/api/v1/strategies/${needy.id}/run`);
    expect((await followUps(needy.id)).map((f) => f.customer_id)).toEqual([a!.id]);
    const calm = await create({
      segment: { ownerIds: [w.r1.id], tier: ["A"], hasOpenNeeds: false },
    });
    expect((await s.request("POST", `/api/v1/strategies/${calm.id}/run`)).body.matched).toBe(2);
    const team = await create({ segment: { teamId: w.south, tags: [w.tag] } });
    expect((await s.request("POST", `/api/v1/strategies/${team.id}/run`)).body.matched).toBe(2);
  });

  it("refuses to run an inactive or not yet started strategy", async () => {
    const off = await create({ active: false });
    expect((await refused("POST", `/api/v1/strategies/${off.id}/run`, {}, 409)).code).toBe(
      "strategy_inactive",
    );
    const later = await create({ anchorAt: new Date(Date.now() + 5 * DAY).toISOString() });
    expect(later.nextRunAt).toBe(later.anchorAt);
    expect((await refused("POST", `/api/v1/strategies/${later.id}/run`, {}, 409)).code).toBe(
      "strategy_not_started",
    );
  });
});

describe("scheduled runs and KPIs", () => {
  it("runs due strategies once per period and moves next_run_at to the next period", async () => {
    const w = await world();
    const st = await create({
      segment: { tags: [w.tag] },
      cadence: { everyDays: 7, dueOffsetDays: 2 },
    });
    const now = new Date();
    expect(await runDueStrategies(db(), now, 100)).toBeGreaterThanOrEqual(1);
    const rows = await followUps(st.id);
    expect(rows).toHaveLength(8);
    const anchor = new Date(st.anchorAt).getTime();
    for (const r of rows) expect(r.due_at.getTime()).toBe(anchor + 2 * DAY);
    const after = await s.request("GET", `/api/v1/strategies/${st.id}`);
    expect(after.body.nextRunAt).toBe(new Date(anchor + 7 * DAY).toISOString());
    expect(after.body.version).toBe(1);
    expect(await runDueStrategies(db(), now, 100)).toBe(0);
    // A week later the next period runs and adds a new round.
    await runDueStrategies(db(), new Date(anchor + 7 * DAY + 1000), 100);
    expect(await followUps(st.id)).toHaveLength(16);
  });

  it("reschedules a strategy whose run fails, without blocking the others", async () => {
    const w = await world();
    const bad = await create({ segment: { tags: [w.tag] } });
    const good = await create({ segment: { tags: [w.tag] } });
    // Data no request could store: a scalar where SQL expects an array makes the run fail.
    await s.database.query(
      `update strategies set segment = '{"tier": "A"}', next_run_at = now() - interval '1 day' where id = $1`,
      [bad.id],
    );
    const now = new Date();
    const failed: string[] = [];
    await runDueStrategies(db(), now, 100, (_err, id) => failed.push(id));
    expect(failed).toEqual([bad.id]);
    expect(await followUps(bad.id)).toHaveLength(0);
    expect(await followUps(good.id)).toHaveLength(8);
    const after = await s.database.query<{ next_run_at: Date }>(
      "select next_run_at from strategies where id = $1",
      [bad.id],
    );
    expect(after.rows[0]!.next_run_at.getTime()).toBe(now.getTime() + 3600_000);
  });

  it("counts created, done, on time and reached customers", async () => {
    const w = await world();
    const st = await create({ segment: { ownerIds: [w.r2.id] } });
    await s.request("POST", `/api/v1/strategies/${st.id}/run`);
    const [f1, f2] = (
      await s.database.query<{ id: string; due_at: Date }>(
        "select id, due_at from follow_ups where strategy_id = $1 order by id",
        [st.id],
      )
    ).rows;
    await s.database.query(
      "update follow_ups set status = 'done', completed_at = due_at - interval '1 hour' where id = $1",
      [f1!.id],
    );
    await s.database.query(
      "update follow_ups set status = 'done', completed_at = due_at + interval '1 day' where id = $1",
      [f2!.id],
    );
    const k = await s.request("GET", `/api/v1/strategies/${st.id}/kpis`);
    expect(k.body).toEqual({
      followUpsCreated: 2,
      done: 2,
      doneOnTime: 1,
      open: 0,
      overdue: 0,
      customersReached: 2,
      customersTargeted: 2,
    });
  });
});
