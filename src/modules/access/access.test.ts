import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

/**
 * The access matrix: every route × every kind of caller, with the expected status, and for
 * every refused write a proof that the database did not change.
 */
let s: TestServer;
type Who = "repA" | "repA2" | "repB" | "mgrA" | "mgrB" | "admin" | "anon" | "expired" | "revoked";
const tokens = {} as Record<Who, string | null>;
const ids = {} as Record<
  | "repA"
  | "repA2"
  | "repB"
  | "mgrA"
  | "customer"
  | "contact"
  | "teamA"
  | "comm"
  | "need"
  | "followUp"
  | "visit",
  string
>;

beforeAll(async () => {
  s = await startTestServer();
  const teamA = await s.team("A");
  const teamB = await s.team("B");
  ids.teamA = teamA;
  const repA = await s.user({ role: "rep", teamId: teamA });
  const repA2 = await s.user({ role: "rep", teamId: teamA });
  const repB = await s.user({ role: "rep", teamId: teamB });
  const mgrA = await s.user({ role: "manager", teamId: teamA });
  const mgrB = await s.user({ role: "manager", teamId: teamB });
  Object.assign(ids, { repA: repA.id, repA2: repA2.id, repB: repB.id, mgrA: mgrA.id });
  Object.assign(tokens, {
    repA: repA.token,
    repA2: repA2.token,
    repB: repB.token,
    mgrA: mgrA.token,
    mgrB: mgrB.token,
    admin: s.adminToken,
    anon: null,
  });
  // A token that has been revoked.
  const revoked = await s.request("POST", "/api/v1/auth/tokens", {
    body: { name: "r" },
    as: repA.token,
  });
  await s.request("DELETE", `/api/v1/auth/tokens/${revoked.body.id}`, { as: repA.token });
  tokens.revoked = revoked.body.token;
  // A token past its expiry.
  const expired = await s.request("POST", "/api/v1/auth/tokens", {
    body: { name: "e", expiresInDays: 1 },
    as: repA.token,
  });
  await s.database.query(
    "update api_tokens set expires_at = now() - interval '1 second' where id = $1",
    [expired.body.id],
  );
  tokens.expired = expired.body.token;

  const c = await s.request("POST", "/api/v1/customers", {
    body: buildCustomer({ name: "Matrix Kunde 矩阵客户" }),
    as: repA.token,
  });
  ids.customer = c.body.id;
  const contact = await s.request("POST", `/api/v1/customers/${c.body.id}/contacts`, {
    body: { name: "Matrix Contact" },
    as: repA.token,
  });
  ids.contact = contact.body.id;
  const comm = await s.request("POST", `/api/v1/customers/${c.body.id}/communications`, {
    body: { channel: "phone", subject: "Matrix call" },
    as: repA.token,
  });
  ids.comm = comm.body.id;
  const need = await s.request("POST", `/api/v1/customers/${c.body.id}/needs`, {
    body: { type: "support", title: "Matrix need" },
    as: repA.token,
  });
  ids.need = need.body.id;
  const fu = await s.request("POST", `/api/v1/customers/${c.body.id}/follow-ups`, {
    body: { kind: "call", dueAt: "2030-01-01T00:00:00Z" },
    as: repA.token,
  });
  ids.followUp = fu.body.id;
  const visit = await s.request("POST", "/api/v1/visits", {
    body: {
      customerId: c.body.id,
      plannedStart: "2030-01-01T02:00:00Z",
      plannedEnd: "2030-01-01T03:00:00Z",
    },
    as: repA.token,
  });
  ids.visit = visit.body.id;
});
afterAll(async () => {
  await s?.close();
});

/** Puts the fixture back after a permitted write, so every case starts from the same state. */
async function reset() {
  await s.database.query(
    "update customers set deleted_at = null, owner_id = $2, notes = null where id = $1",
    [ids.customer, ids.repA],
  );
  await s.database.query("update contacts set deleted_at = null where id = $1", [ids.contact]);
  await s.database.query("update users set role = 'rep' where id = $1", [ids.repA]);
  await s.database.query("update needs set status = 'open' where id = $1", [ids.need]);
  await s.database.query(
    "update follow_ups set status = 'open', completed_at = null, assignee_id = $2 where id = $1",
    [ids.followUp, ids.repA],
  );
  await s.database.query(
    "update visits set status = 'planned', check_in_at = null, verification = null, rep_id = $2 where id = $1",
    [ids.visit, ids.repA],
  );
}

async function version(table: string, id: string): Promise<string> {
  const r = await s.database.query<{ v: number }>(
    `select version as v from ${table} where id = $1`,
    [id],
  );
  return `"${r.rows[0]!.v}"`;
}

type Case = {
  name: string;
  method: string;
  path: () => string;
  body?: () => unknown;
  ifMatch?: [string, () => string];
  expect: Partial<Record<Who, number>>;
};

const OK = { repA: 200, repB: 404, mgrA: 200, mgrB: 404, admin: 200 };
const cases: Case[] = [
  {
    name: "read customer",
    method: "GET",
    path: () => `/api/v1/customers/${ids.customer}`,
    expect: OK,
  },
  {
    name: "update customer",
    method: "PATCH",
    path: () => `/api/v1/customers/${ids.customer}`,
    body: () => ({ notes: "changed" }),
    ifMatch: ["customers", () => ids.customer],
    expect: OK,
  },
  {
    name: "reassign owner within team",
    method: "PATCH",
    path: () => `/api/v1/customers/${ids.customer}`,
    body: () => ({ ownerId: ids.repA2 }),
    ifMatch: ["customers", () => ids.customer],
    expect: { repA: 403, repB: 404, mgrA: 200, mgrB: 404, admin: 200 },
  },
  {
    name: "reassign owner to another team",
    method: "PATCH",
    path: () => `/api/v1/customers/${ids.customer}`,
    body: () => ({ ownerId: ids.repB }),
    ifMatch: ["customers", () => ids.customer],
    expect: { repA: 403, repB: 404, mgrA: 403, mgrB: 404, admin: 200 },
  },
  {
    name: "delete customer",
    method: "DELETE",
    path: () => `/api/v1/customers/${ids.customer}`,
    ifMatch: ["customers", () => ids.customer],
    expect: OK,
  },
  {
    name: "restore customer (not deleted)",
    method: "POST",
    path: () => `/api/v1/customers/${ids.customer}/restore`,
    expect: { repA: 409, repB: 404, mgrA: 409, mgrB: 404, admin: 409 },
  },
  {
    name: "list contacts",
    method: "GET",
    path: () => `/api/v1/customers/${ids.customer}/contacts`,
    expect: OK,
  },
  {
    name: "add contact",
    method: "POST",
    path: () => `/api/v1/customers/${ids.customer}/contacts`,
    body: () => ({ name: "New" }),
    expect: { repA: 201, repB: 404, mgrA: 201, mgrB: 404, admin: 201 },
  },
  {
    name: "read contact",
    method: "GET",
    path: () => `/api/v1/contacts/${ids.contact}`,
    expect: OK,
  },
  {
    name: "update contact",
    method: "PATCH",
    path: () => `/api/v1/contacts/${ids.contact}`,
    body: () => ({ title: "Boss" }),
    ifMatch: ["contacts", () => ids.contact],
    expect: OK,
  },
  {
    name: "delete contact",
    method: "DELETE",
    path: () => `/api/v1/contacts/${ids.contact}`,
    ifMatch: ["contacts", () => ids.contact],
    expect: OK,
  },
  {
    name: "restore contact (not deleted)",
    method: "POST",
    path: () => `/api/v1/contacts/${ids.contact}/restore`,
    expect: { repA: 409, repB: 404, mgrA: 409, mgrB: 404, admin: 409 },
  },
  {
    name: "customer history",
    method: "GET",
    path: () => `/api/v1/audit-events?entityType=customer&entityId=${ids.customer}`,
    expect: OK,
  },
  {
    name: "contact history",
    method: "GET",
    path: () => `/api/v1/audit-events?entityType=contact&entityId=${ids.contact}`,
    expect: OK,
  },
  {
    name: "create customer owned by repA",
    method: "POST",
    path: () => "/api/v1/customers",
    body: () => buildCustomer({ ownerId: ids.repA }),
    expect: { repA: 201, repB: 403, mgrA: 201, mgrB: 403, admin: 201 },
  },
  {
    name: "read communication",
    method: "GET",
    path: () => `/api/v1/communications/${ids.comm}`,
    expect: OK,
  },
  {
    name: "edit communication",
    method: "PATCH",
    path: () => `/api/v1/communications/${ids.comm}`,
    body: () => ({ subject: "Edited" }),
    ifMatch: ["communications", () => ids.comm],
    expect: OK,
  },
  {
    name: "log communication",
    method: "POST",
    path: () => `/api/v1/customers/${ids.customer}/communications`,
    body: () => ({ channel: "wechat", subject: "Hi" }),
    expect: { repA: 201, repB: 404, mgrA: 201, mgrB: 404, admin: 201 },
  },
  {
    name: "search communications",
    method: "GET",
    path: () => `/api/v1/communications?customerId=${ids.customer}`,
    expect: { repA: 200, repB: 200, mgrA: 200, mgrB: 200, admin: 200 },
  },
  { name: "read need", method: "GET", path: () => `/api/v1/needs/${ids.need}`, expect: OK },
  {
    name: "move need",
    method: "POST",
    path: () => `/api/v1/needs/${ids.need}/transition`,
    body: () => ({ to: "in_progress" }),
    expect: OK,
  },
  {
    name: "record need",
    method: "POST",
    path: () => `/api/v1/customers/${ids.customer}/needs`,
    body: () => ({ type: "other", title: "More" }),
    expect: { repA: 201, repB: 404, mgrA: 201, mgrB: 404, admin: 201 },
  },
  {
    name: "read follow-up",
    method: "GET",
    path: () => `/api/v1/follow-ups/${ids.followUp}`,
    expect: OK,
  },
  {
    name: "complete follow-up",
    method: "POST",
    path: () => `/api/v1/follow-ups/${ids.followUp}/complete`,
    body: () => ({ result: "done" }),
    expect: OK,
  },
  {
    name: "add follow-up",
    method: "POST",
    path: () => `/api/v1/customers/${ids.customer}/follow-ups`,
    body: () => ({ kind: "call", dueAt: "2030-02-01T00:00:00Z" }),
    expect: { repA: 201, repB: 404, mgrA: 201, mgrB: 404, admin: 201 },
  },
  {
    name: "timeline",
    method: "GET",
    path: () => `/api/v1/customers/${ids.customer}/timeline`,
    expect: OK,
  },
  {
    name: "need summary",
    method: "GET",
    path: () => `/api/v1/customers/${ids.customer}/need-summary`,
    expect: OK,
  },
  { name: "read visit", method: "GET", path: () => `/api/v1/visits/${ids.visit}`, expect: OK },
  {
    name: "check in",
    method: "POST",
    path: () => `/api/v1/visits/${ids.visit}/check-in`,
    // The visit is planned for another day: checking in now needs a reason.
    body: () => ({ reasonCode: "customer_rescheduled" }),
    expect: OK,
  },
  {
    name: "plan a visit",
    method: "POST",
    path: () => "/api/v1/visits",
    body: () => ({
      customerId: ids.customer,
      plannedStart: "2030-03-01T02:00:00Z",
      plannedEnd: "2030-03-01T03:00:00Z",
    }),
    expect: { repA: 201, repB: 404, mgrA: 201, mgrB: 404, admin: 201 },
  },
  {
    name: "repA's due list",
    method: "GET",
    path: () => `/api/v1/visits/due?rep=${ids.repA}`,
    expect: OK,
  },
  {
    name: "repA's visit KPIs",
    method: "GET",
    path: () => `/api/v1/visits/kpis?repId=${ids.repA}`,
    expect: OK,
  },
  {
    name: "plan repA's week",
    method: "POST",
    path: () => "/api/v1/visit-plans",
    body: () => ({ startDate: "2030-01-07", repIds: [ids.repA] }),
    expect: { repA: 202, repB: 403, mgrA: 202, mgrB: 403, admin: 202 },
  },
  {
    name: "read repA's profile",
    method: "GET",
    path: () => `/api/v1/users/${ids.repA}`,
    expect: OK,
  },
  {
    name: "promote repA",
    method: "PATCH",
    path: () => `/api/v1/users/${ids.repA}`,
    body: () => ({ role: "manager" }),
    ifMatch: ["users", () => ids.repA],
    expect: { repA: 403, repB: 404, mgrA: 403, mgrB: 404, admin: 200 },
  },
  {
    name: "create a user",
    method: "POST",
    path: () => "/api/v1/users",
    body: () => ({ email: `n${Math.random()}@x.example`, name: "N", role: "rep" }),
    expect: { repA: 403, repB: 403, mgrA: 403, mgrB: 403, admin: 201 },
  },
  {
    name: "create a team",
    method: "POST",
    path: () => "/api/v1/teams",
    body: () => ({ name: `T ${Math.random()}` }),
    expect: { repA: 403, repB: 403, mgrA: 403, mgrB: 403, admin: 201 },
  },
  {
    // Like GET /teams: every signed-in user reads every team.
    name: "read a team",
    method: "GET",
    path: () => `/api/v1/teams/${ids.teamA}`,
    expect: { repA: 200, repB: 200, mgrA: 200, mgrB: 200, admin: 200 },
  },
  {
    name: "move a team",
    method: "PATCH",
    path: () => `/api/v1/teams/${ids.teamA}`,
    body: () => ({ managerId: null }),
    ifMatch: ["teams", () => ids.teamA],
    expect: { repA: 403, repB: 403, mgrA: 403, mgrB: 403, admin: 200 },
  },
];

const callers: Who[] = ["repA", "repB", "mgrA", "mgrB", "admin", "anon", "expired", "revoked"];

describe.each(cases)("$method $name", (c) => {
  it.each(callers)("as %s", async (who) => {
    await reset();
    const expected = c.expect[who] ?? 401;
    const headers: Record<string, string> = {};
    if (c.ifMatch) headers["if-match"] = await version(c.ifMatch[0], c.ifMatch[1]());
    const before = await dataDigest(s.database);
    const res = await s.request(c.method, c.path(), { body: c.body?.(), headers, as: tokens[who] });
    expect(res.status, res.text).toBe(expected);
    if (expected >= 400) {
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
      // Denied or refused: the database is byte-identical.
      expect(await dataDigest(s.database)).toEqual(before);
    }
  });
});

describe("lists, counts and search obey the scope", () => {
  const visible = { repA: true, repB: false, mgrA: true, mgrB: false, admin: true } as const;
  it.each(Object.entries(visible))("%s sees the fixture: %s", async (who, sees) => {
    await reset();
    const token = tokens[who as Who];
    for (const qs of [
      "",
      "?q=matrix",
      `?q=${encodeURIComponent("矩阵")}`,
      "?tag=key-account",
      "?city=Munich",
    ]) {
      const res = await s.request("GET", `/api/v1/customers${qs}`, { as: token });
      expect(res.status).toBe(200);
      expect(
        res.body.items.some((x: { id: string }) => x.id === ids.customer),
        qs,
      ).toBe(sees);
    }
    const trash = await s.request("GET", "/api/v1/customers?deleted=true", { as: token });
    expect(trash.status).toBe(200);
    const users = await s.request("GET", "/api/v1/users", { as: token });
    const seesRepA = users.body.items.some((u: { id: string }) => u.id === ids.repA);
    expect(seesRepA).toBe(sees);
  });

  it("refuses every API route without credentials", async () => {
    for (const path of [
      "/api/v1/customers",
      "/api/v1/users",
      "/api/v1/teams",
      "/api/v1/auth/session",
    ]) {
      const res = await s.request("GET", path, { as: null });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe("unauthenticated");
    }
  });
});
