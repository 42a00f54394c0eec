import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ExceptionFacts, exceptionKinds } from "../../domain/visits/proof.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

/**
 * The managers' exceptions view through the real server. The clock is pinned and moved as the
 * week goes (reps work in UTC): each visit is checked in and out at the minute the scenario
 * says, so every kind is made by the real check-in and check-out, not by editing rows.
 */
type U = { id: string; token: string };
let s: TestServer;
let mgrA: U;
let r1: U;
let r2: U;
let r3: U;
let teamA: string;
let teamB: string;
const v: Record<string, string> = {};
const shop = { lat: 48.1374, lon: 11.5755 };
const north = (m: number) => ({ lat: shop.lat + m / 111_195, lon: shop.lon });
const clock = (iso: string) => vi.setSystemTime(new Date(`${iso}:00Z`));

async function visit(rep: U, start: string, end: string, type = "on_site") {
  const c = await s.request("POST", "/api/v1/customers", {
    body: buildCustomer({ latitude: shop.lat, longitude: shop.lon, ownerId: rep.id }),
  });
  expect(c.status, c.text).toBe(201);
  const res = await s.request("POST", "/api/v1/visits", {
    body: { customerId: c.body.id, plannedStart: `${start}:00Z`, plannedEnd: `${end}:00Z`, type },
    as: rep.token,
  });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}

async function act(rep: U, id: string, action: "check-in" | "check-out", body: object = {}) {
  const full = action === "check-out" ? { result: "ok", resultScore: 3, ...body } : body;
  const res = await s.request("POST", `/api/v1/visits/${id}/${action}`, {
    body: full,
    as: rep.token,
  });
  expect(res.status, res.text).toBe(200);
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  clock("2030-03-04T07:00");
  s = await startTestServer();
  teamA = await s.team("Munich");
  teamB = await s.team("Shanghai");
  mgrA = await s.user({ role: "manager", teamId: teamA });
  r1 = await s.user({ role: "rep", teamId: teamA });
  r2 = await s.user({ role: "rep", teamId: teamA });
  r3 = await s.user({ role: "rep", teamId: teamB });

  // r1, Monday 4 March: out of radius (with a reason), unverified and short, a clean visit,
  // a phone call from far away; Tuesday's visit checked in on Monday; Friday's never made.
  v.far = await visit(r1, "2030-03-04T09:00", "2030-03-04T10:00");
  v.blindShort = await visit(r1, "2030-03-04T11:00", "2030-03-04T12:00");
  v.clean = await visit(r1, "2030-03-04T13:00", "2030-03-04T14:00");
  v.call = await visit(r1, "2030-03-04T13:30", "2030-03-04T14:00", "phone");
  v.early = await visit(r1, "2030-03-05T09:00", "2030-03-05T10:00");
  v.missed = await visit(r1, "2030-03-01T09:00", "2030-03-01T10:00");
  v.late = await visit(r2, "2030-03-04T15:00", "2030-03-04T16:00");
  v.otherTeam = await visit(r3, "2030-03-01T10:00", "2030-03-01T11:00");

  clock("2030-03-04T09:05");
  await act(r1, v.far!, "check-in", { ...north(3100), reasonCode: "met_elsewhere" });
  clock("2030-03-04T09:50");
  await act(r1, v.far!, "check-out", north(30));
  clock("2030-03-04T11:00");
  await act(r1, v.blindShort!, "check-in");
  clock("2030-03-04T11:03");
  await act(r1, v.blindShort!, "check-out");
  clock("2030-03-04T13:10");
  await act(r1, v.clean!, "check-in", north(40));
  await act(r1, v.call!, "check-in", north(40_000));
  clock("2030-03-04T13:55");
  await act(r1, v.clean!, "check-out", north(20));
  clock("2030-03-04T14:00");
  await act(r1, v.early!, "check-in", { ...north(10), reasonCode: "customer_rescheduled" });
  clock("2030-03-04T17:30");
  await act(r2, v.late!, "check-in", { ...north(10), reasonCode: "delayed" });
  clock("2030-03-05T12:00");
}, 120_000);
afterAll(async () => {
  await s?.close();
  vi.useRealTimers();
});

type Item = { visitId: string; kinds: string[]; repId: string };
const list = async (as: U | string, query = "") => {
  const res = await s.request("GET", `/api/v1/visit-exceptions?${query}`, {
    as: typeof as === "string" ? as : as.token,
  });
  return res;
};
const ids = (items: Item[]) => items.map((i) => i.visitId);

describe("GET /visit-exceptions", () => {
  it("lists a manager's team's exceptions, latest first, each with its kinds", async () => {
    const res = await list(mgrA);
    expect(res.status, res.text).toBe(200);
    const items = res.body.items as Item[];
    expect(ids(items)).toEqual([v.early, v.late, v.blindShort, v.far, v.missed]);
    expect(Object.fromEntries(items.map((i) => [i.visitId, i.kinds]))).toEqual({
      [v.early!]: ["early"],
      [v.late!]: ["late"],
      [v.blindShort!]: ["unverified", "short"],
      [v.far!]: ["out_of_radius"],
      [v.missed!]: ["missed"],
    });
    const far = items.find((i) => i.visitId === v.far) as unknown as Record<string, unknown>;
    expect(far).toMatchObject({
      checkInDistanceM: 3100,
      checkInReason: { code: "met_elsewhere", note: null },
      earlyMinutes: 0,
      lateMinutes: 0,
      dwellMinutes: 45,
      status: "completed",
      photoCount: 0,
    });
    const early = items.find((i) => i.visitId === v.early) as unknown as Record<string, unknown>;
    expect(early).toMatchObject({
      earlyMinutes: 1140,
      checkInReason: { code: "customer_rescheduled" },
    });
    const missed = items.find((i) => i.visitId === v.missed) as unknown as Record<string, unknown>;
    expect(missed).toMatchObject({ status: "missed", checkInAt: null, earlyMinutes: null });
  });

  it("agrees with the domain's rules on every visit", async () => {
    const listed = new Map(
      ((await list(s.adminToken)).body.items as Item[]).map((i) => [i.visitId, i.kinds]),
    );
    const settings = { radiusM: 200, windowMarginMinutes: 60, shortVisitMinutes: 5 };
    for (const id of Object.values(v)) {
      const got = (await s.request("GET", `/api/v1/visits/${id}`)).body;
      const date = (x: string | null) => (x ? new Date(x) : null);
      const facts: ExceptionFacts = {
        ...got,
        plannedStart: new Date(got.plannedStart),
        plannedEnd: new Date(got.plannedEnd),
        checkInAt: date(got.checkInAt),
        checkOutAt: date(got.checkOutAt),
      };
      expect(listed.get(id) ?? [], id).toEqual(exceptionKinds(facts, settings));
    }
  });

  it("filters by kind, rep, team and period", async () => {
    expect(ids((await list(mgrA, "kind=missed")).body.items)).toEqual([v.missed]);
    expect(ids((await list(mgrA, "kind=early,late")).body.items)).toEqual([v.early, v.late]);
    expect(ids((await list(mgrA, `repId=${r2.id}`)).body.items)).toEqual([v.late]);
    expect(ids((await list(mgrA, `teamId=${teamA}`)).body.items)).toHaveLength(5);
    const monday = "from=2030-03-04T00:00:00Z&to=2030-03-05T00:00:00Z";
    expect(ids((await list(mgrA, monday)).body.items)).toEqual([v.late, v.blindShort, v.far]);
    const admin = await list(s.adminToken, `teamId=${teamB}`);
    expect(ids(admin.body.items)).toEqual([v.otherTeam]);
  });

  it("pages with a keyset cursor, and refuses a forged one", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await list(mgrA, `limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...ids(res.body.items));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([v.early, v.late, v.blindShort, v.far, v.missed]);
    const bad = await list(mgrA, "cursor=bm9wZQ");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: "query.cursor", rule: "cursor" });
  });

  it("shows a rep only their own, and nobody out of reach", async () => {
    expect(ids((await list(r2)).body.items)).toEqual([v.late]);
    expect(ids((await list(r3)).body.items)).toEqual([v.otherTeam]);
    for (const [who, query, code] of [
      [r1, `repId=${r2.id}`, "rep_not_found"],
      [r1, `teamId=${teamA}`, "team_not_found"],
      [mgrA, `repId=${r3.id}`, "rep_not_found"],
      [mgrA, `teamId=${teamB}`, "team_not_found"],
      [s.adminToken, "repId=00000000-0000-4000-8000-000000000000", "rep_not_found"],
    ] as const) {
      const res = await list(who, query);
      expect(res.status, query).toBe(404);
      expect(res.body.code).toBe(code);
    }
  });

  it("refuses bad filters, naming the field and rule", async () => {
    for (const [query, field, rule] of [
      ["kind=lost", "query.kind.0", "invalid_value"],
      [`repId=${r1.id}&teamId=${teamA}`, "query.teamId", "exclusive"],
      ["from=2030-03-05T00:00:00Z&to=2030-03-04T00:00:00Z", "query.to", "from_before_to"],
      ["from=2028-01-01T00:00:00Z&to=2030-01-01T00:00:00Z", "query.to", "too_big"],
      ["limit=201", "query.limit", "too_big"],
    ]) {
      const res = await list(mgrA, query);
      expect(res.status, query).toBe(400);
      expect(res.body, query).toMatchObject({ field, rule });
    }
  });
});

describe("GET /visit-exceptions/counts", () => {
  const zero = { out_of_radius: 0, unverified: 0, early: 0, late: 0, missed: 0, short: 0 };
  const counts = (as: U | string, query = "") =>
    s.request("GET", `/api/v1/visit-exceptions/counts?${query}`, {
      as: typeof as === "string" ? as : as.token,
    });

  it("counts per rep of the team, those without exceptions included, and in total", async () => {
    const res = await counts(mgrA);
    expect(res.status, res.text).toBe(200);
    const byRep = Object.fromEntries(
      res.body.reps.map((r: { repId: string; visits: number; counts: object }) => [
        r.repId,
        { visits: r.visits, ...r.counts },
      ]),
    );
    expect(byRep).toEqual({
      [r1.id]: {
        visits: 4,
        ...zero,
        out_of_radius: 1,
        unverified: 1,
        early: 1,
        missed: 1,
        short: 1,
      },
      [r2.id]: { visits: 1, ...zero, late: 1 },
      [mgrA.id]: { visits: 0, ...zero },
    });
    expect(res.body.total).toEqual({
      visits: 5,
      counts: { out_of_radius: 1, unverified: 1, early: 1, late: 1, missed: 1, short: 1 },
    });
    expect(res.body.to).toBe("2030-03-05T12:00:00.000Z");
    expect(res.body.from).toBe("2030-02-03T12:00:00.000Z");
  });

  it("counts only the kinds asked for, and only one's own for a rep", async () => {
    const missed = await counts(mgrA, "kind=missed");
    expect(missed.body.total).toEqual({ visits: 1, counts: { ...zero, missed: 1 } });
    const own = await counts(r2);
    expect(own.body.reps.map((r: { repId: string }) => r.repId)).toEqual([r2.id]);
    expect((await counts(r2, `repId=${r1.id}`)).status).toBe(404);
  });
});
