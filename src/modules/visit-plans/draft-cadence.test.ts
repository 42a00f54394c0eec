import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { startJobWorker } from "../../jobs/queue/handlers.ts";
import type { Worker } from "../../jobs/queue/worker.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

/**
 * Hand edits of a draft never book a customer twice inside its minimum interval (PGlite, and
 * PostgreSQL with DATABASE_URL): a move or add too close to another visit of the customer — a
 * visit another plan published, one agreed by hand, a completed one — is a 409 min_interval
 * that names that visit in the reader's language, and leaves every row as it was.
 */
let s: TestServer;
let worker: Worker;
let rep: { id: string; token: string };
let manager: { id: string; token: string };
const TZ = "Asia/Shanghai";
const home = { lat: 31.2304, lon: 121.4737 };
// 王芳's plan books Thursday and Friday 10–11 Jan 2030; the rep drafts Monday to Wednesday.
const THURSDAY = "2030-01-10";
const MONDAY = "2030-01-07";
const early: string[] = [];
const later: string[] = [];

type Stop = { customerId: string; start: string };
type Route = { repId: string; date: string; stops: Stop[] };
type Plan = {
  id: string;
  version: number;
  status: string;
  result: { routes: Route[]; unplanned: { customerId: string; reason: string }[] };
};

async function customer(i: number) {
  const angle = (i / 8) * 2 * Math.PI;
  const c = await s.request("POST", "/api/v1/customers", {
    body: buildCustomer({
      name: `客户${i}`,
      tier: "A", // 7 to 14 days between visits
      ownerId: rep.id,
      latitude: home.lat + (4 / 111) * Math.cos(angle),
      longitude: home.lon + (4 / 95) * Math.sin(angle),
      visitDurationMin: 45,
      visitWindows: Object.fromEntries(
        ["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ from: "09:00", to: "17:00" }]]),
      ),
    }),
  });
  expect(c.status, c.text).toBe(201);
  return c.body.id as string;
}

async function plan(startDate: string, days: number, as: string): Promise<Plan> {
  const res = await s.request("POST", "/api/v1/visit-plans", {
    body: { startDate, days, repIds: [rep.id], options: { timeLimitSeconds: 0.5 } },
    as,
  });
  expect(res.status, res.text).toBe(202);
  for (let i = 0; i < 200; i++) {
    const got = await s.request("GET", `/api/v1/visit-plans/${res.body.id}`, { as });
    if (got.body.status === "draft") return got.body;
    expect(got.body.status).not.toBe("failed");
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("plan did not finish");
}

function edit(p: Plan, body: unknown, headers: Record<string, string> = {}) {
  return s.request("POST", `/api/v1/visit-plans/${p.id}/edits`, {
    body,
    headers: { "if-match": `"${p.version}"`, ...headers },
    as: rep.token,
  });
}

const where = (p: Plan, customerId: string) =>
  p.result.routes.find((r) => r.stops.some((x) => x.customerId === customerId));

beforeAll(async () => {
  s = await startTestServer();
  const { loadConfig } = await import("../../config.ts");
  worker = startJobWorker(s.database.db, loadConfig({ LOG_LEVEL: "silent" }), { pollMs: 50 });
  const team = await s.team("华东");
  rep = await s.user({ role: "rep", teamId: team });
  manager = await s.user({ role: "manager", teamId: team });
  for (const [id, body] of [
    [rep.id, { name: "李雷", timeZone: TZ, homeLat: home.lat, homeLon: home.lon }],
    [manager.id, { name: "王芳", timeZone: TZ }],
  ] as const) {
    const res = await s.request("PATCH", `/api/v1/users/${id}`, {
      body,
      headers: { "if-match": "*" },
    });
    expect(res.status, res.text).toBe(200);
  }
  // Two customers 王芳's plan books on Thursday or Friday …
  for (let i = 0; i < 2; i++) early.push(await customer(i));
  const theirs = await plan(THURSDAY, 2, manager.token);
  const published = await s.request("POST", `/api/v1/visit-plans/${theirs.id}/publish`, {
    as: manager.token,
  });
  expect(published.status, published.text).toBe(200);
  expect(published.body.created).toBe(2);
  // … and six more the rep's own draft may plan.
  for (let i = 2; i < 8; i++) later.push(await customer(i));
});
afterAll(async () => {
  await worker?.stop();
  await s?.close();
});

describe("hand edits keep the cadence", () => {
  it("refuses to add a customer too close to another plan's visit, in the reader's language, changing nothing", async () => {
    const draft = await plan(MONDAY, 3, rep.token);
    // The planner itself did not plan them: their visit serves the cadence.
    for (const id of early) expect(where(draft, id)).toBeUndefined();
    const { rows } = await s.database.query<{ day: string }>(
      `select to_char(planned_start at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day
         from visits where customer_id = $1`,
      [early[0]],
    );
    const booked = rows[0]!.day;
    const before = await dataDigest(s.database);

    const en = await edit(draft, { op: "add", customerId: early[0], date: "2030-01-09" });
    expect(en.status, en.text).toBe(409);
    expect(en.headers.get("content-type")).toMatch(/application\/problem\+json/);
    const days = booked === THURSDAY ? 1 : 2;
    const dayText = booked === THURSDAY ? "10 Jan" : "11 Jan";
    expect(en.body).toMatchObject({
      code: "min_interval",
      field: "date",
      rule: "min_interval",
      errors: [{ field: "date", rule: "min_interval", params: { days, minDays: 7 } }],
      conflict: {
        date: booked,
        days,
        minDays: 7,
        kind: "booked",
        agreed: false,
        by: { name: "王芳", viaPlan: true },
      },
    });
    expect(en.body.detail).toBe(
      `Too close to the visit booked ${dayText} by 王芳's plan: ${days} day${days === 1 ? "" : "s"} apart, and this customer's visits are at least 7 days apart.`,
    );
    const zh = await edit(
      draft,
      { op: "add", customerId: early[0], date: "2030-01-09" },
      { "accept-language": "zh-CN,zh;q=0.9" },
    );
    expect(zh.status).toBe(409);
    expect(zh.body.detail).toBe(
      `与由王芳的计划安排在1月${booked.slice(8).replace(/^0/, "")}日的拜访仅相隔${days}天：该客户两次拜访至少间隔7天。`,
    );
    // No day named: none of the plan's days keeps the interval.
    const anyDay = await edit(draft, { op: "add", customerId: early[1] });
    expect(anyDay.status).toBe(409);
    expect(anyDay.body.conflict).toMatchObject({ everyDay: true, kind: "booked" });
    expect(anyDay.body.detail).toMatch(/^Every day of this plan is too close to the visit booked/);

    // The draft is byte for byte what it was: same version, same result, no audit event.
    expect(await dataDigest(s.database)).toEqual(before);
    const again = await s.request("GET", `/api/v1/visit-plans/${draft.id}`, { as: rep.token });
    expect(again.body.version).toBe(draft.version);
    expect(again.body.result).toEqual(draft.result);
  });

  it("refuses to move a stop next to a visit agreed since, but lets it be re-ordered in its day", async () => {
    let draft = await plan(MONDAY, 3, rep.token);
    const monday = draft.result.routes.find((r) => r.date === MONDAY && r.stops.length >= 2)!;
    const mover = monday.stops[1]!.customerId;
    // After the draft was made, the customer agrees to a visit on Thursday.
    const agreed = await s.request("POST", "/api/v1/visits", {
      body: {
        customerId: mover,
        plannedStart: "2030-01-10T02:00:00.000Z", // Thu 10:00 in Shanghai
        plannedEnd: "2030-01-10T03:00:00.000Z",
        locked: true,
      },
      as: rep.token,
    });
    expect(agreed.status, agreed.text).toBe(201);
    const before = await dataDigest(s.database);
    const moved = await edit(draft, { op: "move", customerId: mover, date: "2030-01-09" });
    expect(moved.status, moved.text).toBe(409);
    expect(moved.body).toMatchObject({
      code: "min_interval",
      conflict: { date: THURSDAY, days: 1, kind: "booked", agreed: true },
      detail:
        "Too close to the agreed visit on 10 Jan: 1 day apart, and this customer's visits are at least 7 days apart.",
    });
    expect(await dataDigest(s.database)).toEqual(before);

    // Re-ordering Monday changes no day: allowed (re-optimising or dropping it is the user's call).
    const up = await edit(draft, { op: "move", customerId: mover, position: 0 });
    expect(up.status, up.text).toBe(200);
    draft = up.body;
    expect(where(draft, mover)!.stops[0]!.customerId).toBe(mover);
    // A customer without other visits moves freely.
    const free = draft.result.routes
      .flatMap((r) => r.stops.map((x) => ({ ...x, date: r.date })))
      .find((x) => x.customerId !== mover && x.date !== "2030-01-09")!;
    const ok = await edit(draft, { op: "move", customerId: free.customerId, date: "2030-01-09" });
    expect(ok.status, ok.text).toBe(200);
    expect(where(ok.body, free.customerId)!.date).toBe("2030-01-09");
  });

  it("counts the last completed visit", async () => {
    const draft = await plan(MONDAY, 3, rep.token);
    const routed = draft.result.routes.find((r) => r.date === MONDAY)!.stops[0]!.customerId;
    // Visited on Saturday 5 Jan, after the draft was made (say, a visit outside any plan).
    await s.database.query("update customers set last_visited_at = $1 where id = $2", [
      "2030-01-05T03:00:00Z",
      routed,
    ]);
    const res = await edit(draft, { op: "move", customerId: routed, date: "2030-01-08" });
    expect(res.status, res.text).toBe(409);
    expect(res.body.conflict).toMatchObject({ kind: "visited", date: "2030-01-05", days: 3 });
    expect(res.body.detail).toContain("the last visit on 5 Jan");
  });
});
