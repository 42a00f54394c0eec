import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { daysBetween, localDate } from "../../domain/time.ts";
import { DEFAULT_TIER_CADENCE } from "../../domain/visits/cadence.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { startJobWorker } from "../../jobs/queue/handlers.ts";
import type { Worker } from "../../jobs/queue/worker.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

/**
 * Plans a field team can trust: a team plan is published, then the next days are planned,
 * then the same week again — and no customer is ever booked closer than its minimum interval,
 * no agreed visit moves, and the reasons say where a customer is already booked.
 */
let s: TestServer;
let worker: Worker;
let manager: { id: string; token: string };
const reps: { id: string; token: string }[] = [];
const tierOf = new Map<string, string>();
const TZ = "Asia/Shanghai";
const home = { lat: 31.2304, lon: 121.4737 };
const WEEK1 = "2030-12-02"; // a Monday
const NEXT = "2030-12-09"; // the Monday after
let agreed: { id: string; customerId: string; plannedStart: string };

async function patchUser(id: string, body: Record<string, unknown>) {
  const res = await s.request("PATCH", `/api/v1/users/${id}`, {
    body,
    headers: { "if-match": "*" },
  });
  expect(res.status, res.text).toBe(200);
}

beforeAll(async () => {
  s = await startTestServer();
  worker = startJobWorker(
    s.database.db,
    (await import("../../config.ts")).loadConfig({ LOG_LEVEL: "silent" }),
    { pollMs: 50 },
  );
  const team = await s.team("华东");
  manager = await s.user({ role: "manager", teamId: team });
  await patchUser(manager.id, { name: "王芳", locale: "zh-CN", timeZone: TZ });
  await s.database.query("update teams set manager_id = $1 where id = $2", [manager.id, team]);
  for (let r = 0; r < 2; r++) {
    const rep = await s.user({ role: "rep", teamId: team });
    await patchUser(rep.id, { timeZone: TZ, homeLat: home.lat, homeLon: home.lon });
    reps.push(rep);
    for (let i = 0; i < 10; i++) {
      const angle = ((i + r * 10) / 20) * 2 * Math.PI;
      const km = 2 + (i % 4) * 2;
      const tier = i % 3 === 0 ? "A" : i % 3 === 1 ? "B" : "C";
      const c = await s.request("POST", "/api/v1/customers", {
        body: buildCustomer({
          name: `客户${r}-${i}`,
          tier,
          ownerId: rep.id,
          latitude: home.lat + (km / 111) * Math.cos(angle),
          longitude: home.lon + (km / 95) * Math.sin(angle),
          visitDurationMin: 40,
          visitWindows: Object.fromEntries(
            ["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ from: "09:00", to: "17:00" }]]),
          ),
        }),
      });
      expect(c.status, c.text).toBe(201);
      tierOf.set(c.body.id, tier);
    }
  }
  // Everyone was last seen long ago: all are due, the A-tier ones mandatory.
  await s.database.query("update customers set last_visited_at = '2030-09-01T02:00:00Z'");
  // An agreed visit on the Wednesday before the plan, for an A-tier customer of the first rep.
  const mine = await s.request("GET", `/api/v1/customers?ownerId=${reps[0]!.id}&tier=A&limit=1`);
  const customerId = mine.body.items[0].id as string;
  const created = await s.request("POST", "/api/v1/visits", {
    body: {
      customerId,
      repId: reps[0]!.id,
      plannedStart: "2030-11-27T02:00:00.000Z",
      plannedEnd: "2030-11-27T03:00:00.000Z",
      locked: true,
    },
    as: reps[0]!.token,
  });
  expect(created.status, created.text).toBe(201);
  agreed = { id: created.body.id, customerId, plannedStart: created.body.plannedStart };
});
afterAll(async () => {
  await worker?.stop();
  await s?.close();
});

async function plan(startDate: string, days: number) {
  const res = await s.request("POST", "/api/v1/visit-plans", {
    body: { startDate, days, options: { timeLimitSeconds: 1 } },
    as: manager.token,
  });
  expect(res.status, res.text).toBe(202);
  for (let i = 0; i < 300; i++) {
    const got = await s.request("GET", `/api/v1/visit-plans/${res.body.id}`, {
      as: manager.token,
    });
    if (got.body.status === "draft") return got.body;
    if (got.body.status === "failed") throw new Error(got.body.error);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("plan did not finish");
}

async function publish(id: string) {
  const res = await s.request("POST", `/api/v1/visit-plans/${id}/publish`, { as: manager.token });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

type Booked = { id: string; customer_id: string; planned_start: Date; locked: boolean };

/** Every visit that will happen: planned (any plan or by hand) or done. */
async function bookedVisits(): Promise<Booked[]> {
  const { rows } = await s.database.query<Booked>(
    "select id, customer_id, planned_start, locked from visits where status in ('planned', 'checked_in', 'completed') order by planned_start",
  );
  return rows;
}

/** No two visits of a customer closer than its tier's minimum interval (local days). */
function assertMinimumIntervals(visits: Booked[]) {
  const byCustomer = new Map<string, string[]>();
  for (const v of visits) {
    const day = localDate(new Date(v.planned_start), TZ);
    byCustomer.set(v.customer_id, [...(byCustomer.get(v.customer_id) ?? []), day]);
  }
  for (const [customerId, days] of byCustomer) {
    const min = DEFAULT_TIER_CADENCE[tierOf.get(customerId)!]!.minDays;
    for (let i = 1; i < days.length; i++) {
      expect(
        daysBetween(days[i - 1]!, days[i]!),
        `${customerId} visited ${days.join(", ")} (min ${min})`,
      ).toBeGreaterThanOrEqual(min);
    }
  }
}

describe("plans and what is already booked", () => {
  it("publishes a week, then plans the next days without booking anyone twice", async () => {
    const first = await plan(WEEK1, 5);
    const firstStops = first.result.routes.flatMap((r: { stops: { customerId: string }[] }) =>
      r.stops.map((x) => x.customerId),
    );
    expect(firstStops.length).toBeGreaterThan(10);
    // The agreed visit five days before the week counts as the customer's last visit: with a
    // 7-day minimum it may come again from Wednesday 4 Dec, not before.
    const agreedDays = first.result.routes
      .filter((r: { stops: { customerId: string }[] }) =>
        r.stops.some((x) => x.customerId === agreed.customerId),
      )
      .map((r: { date: string }) => r.date);
    for (const day of agreedDays) expect(day >= "2030-12-04", day).toBe(true);
    await publish(first.id);
    assertMinimumIntervals(await bookedVisits());

    // The due list no longer says "must visit" for customers booked this week, and says why,
    // in the manager's language.
    const due = await s.request(
      "GET",
      `/api/v1/visits/due?rep=${reps[0]!.id}&date=${WEEK1}&all=true&limit=100`,
      { as: manager.token },
    );
    expect(due.status, due.text).toBe(200);
    const booked = due.body.items.filter((e: { booked: boolean }) => e.booked);
    expect(booked.length).toBeGreaterThan(0);
    for (const e of booked) {
      expect(e.due).toBe(false);
      expect(e.mandatory).toBe(false);
      expect(e.reasonText).toMatch(/已由王芳的计划安排在12月[2-6]日/);
    }
    // The agreed visit of 27 Nov is the last visit of its customer, five days before.
    const agreedEntry = due.body.items.find(
      (e: { customerId: string }) => e.customerId === agreed.customerId,
    );
    expect(agreedEntry.reasons).toContainEqual(
      expect.objectContaining({ code: "booked_before", date: "2030-11-27", days: 5 }),
    );

    // Planning the next Monday and Tuesday: customers booked Thursday or Friday are not due
    // again; nobody is closer to a booked visit than the minimum interval.
    const next = await plan(NEXT, 2);
    const nextStops = next.result.routes.flatMap((r: { stops: { customerId: string }[] }) =>
      r.stops.map((x) => x.customerId),
    );
    const twice = nextStops.filter((c: string) => firstStops.includes(c));
    for (const c of twice) expect(tierOf.get(c)).toBe("A"); // only A has a 7-day minimum
    await publish(next.id);
    assertMinimumIntervals(await bookedVisits());
  });

  it("re-planning the same week replaces the plan's visits, never the agreed one", async () => {
    const before = await bookedVisits();
    const again = await plan(WEEK1, 5);
    const published = await publish(again.id);
    expect(published.replaced).toBeGreaterThan(0);
    const after = await bookedVisits();
    assertMinimumIntervals(after);
    const kept = after.find((v) => v.id === agreed.id);
    expect(kept?.locked).toBe(true);
    expect(new Date(kept!.planned_start).toISOString()).toBe(agreed.plannedStart);
    // The second week's plan was not part of this re-plan: its visits are all still there.
    const secondWeek = (v: Booked) => localDate(new Date(v.planned_start), TZ) >= NEXT;
    expect(after.filter(secondWeek).map((v) => v.id)).toEqual(
      before.filter(secondWeek).map((v) => v.id),
    );
  });

  it("refuses to publish a draft whose customer was booked by hand since, and changes nothing", async () => {
    const draft = await plan("2030-12-16", 1);
    const route = draft.result.routes.find((r: { stops: unknown[] }) => r.stops.length > 0);
    const stop = route.stops[0] as { customerId: string; name: string };
    const rep = reps.find((r) => r.id === route.repId)!;
    // The rep books the customer by hand for the next day while the draft waits.
    const booked = await s.request("POST", "/api/v1/visits", {
      body: {
        customerId: stop.customerId,
        repId: rep.id,
        plannedStart: "2030-12-17T02:00:00.000Z",
        plannedEnd: "2030-12-17T03:00:00.000Z",
      },
      as: rep.token,
    });
    expect(booked.status, booked.text).toBe(201);

    const before = await dataDigest(s.database);
    const refused = await s.request("POST", `/api/v1/visit-plans/${draft.id}/publish`, {
      as: manager.token,
    });
    expect(refused.status, refused.text).toBe(409);
    expect(refused.body.code).toBe("min_interval");
    expect(refused.body.customerId).toBe(stop.customerId);
    expect(refused.body.conflict).toMatchObject({ date: "2030-12-17", days: 1 });
    // The manager reads it in Chinese, naming the stop.
    expect(refused.body.detail).toContain(stop.name);
    expect(refused.body.detail).toMatch(/仅相隔1天/);
    expect(await dataDigest(s.database)).toEqual(before);

    // Dropping the stop makes the draft publishable again.
    const dropped = await s.request("POST", `/api/v1/visit-plans/${draft.id}/edits`, {
      body: { op: "drop", customerId: stop.customerId },
      headers: { "if-match": `"${draft.version}"` },
      as: manager.token,
    });
    expect(dropped.status, dropped.text).toBe(200);
    await publish(draft.id);
    assertMinimumIntervals(await bookedVisits());
  });
});
