import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../http/testing.ts";

/**
 * The profile and admin contract the settings and admin screens rely on: own profile with
 * If-Match, field errors by name, the self-change refusal, users and teams created by admins.
 */
let s: TestServer;
type U = { id: string; token: string };
let rep: U;

const patch = (as: U | string, id: string, version: number, body: object) =>
  s.request("PATCH", `/api/v1/users/${id}`, {
    body,
    as: typeof as === "string" ? as : as.token,
    headers: { "if-match": `"${version}"` },
  });

beforeAll(async () => {
  s = await startTestServer();
  rep = await s.user({ role: "rep", teamId: await s.team() });
});
afterAll(async () => {
  await s?.close();
});

describe("users", () => {
  it("lets a rep save their own profile with If-Match, and refuses a stale version", async () => {
    const me = await s.request("GET", "/api/v1/users/me", { as: rep.token });
    expect(me.status).toBe(200);
    const body = {
      timeZone: "Europe/Berlin",
      homeAddress: "Marienplatz 1, München",
      homeLat: 48.137,
      homeLon: 11.575,
      workingHours: { mon: [{ from: "08:30", to: "17:30" }], sat: [], sun: [] },
    };
    const saved = await patch(rep, rep.id, me.body.version, body);
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ ...body, version: me.body.version + 1 });
    expect(saved.headers.get("etag")).toBe(`"${me.body.version + 1}"`);

    const stale = await patch(rep, rep.id, me.body.version, { name: "Again" });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe("version_mismatch");
  });

  it("names the fields it refuses: out-of-range coordinates, from after to", async () => {
    const me = await s.request("GET", "/api/v1/users/me", { as: rep.token });
    const res = await patch(rep, rep.id, me.body.version, {
      homeLat: 91,
      workingHours: { tue: [{ from: "18:00", to: "09:00" }] },
    });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toContain("homeLat");
    expect(fields.some((f: string) => f.startsWith("workingHours.tue.0"))).toBe(true);
  });

  it("keeps the map app a rep navigates with, and refuses an app it cannot open", async () => {
    const me = await s.request("GET", "/api/v1/users/me", { as: rep.token });
    expect(me.body.mapApp).toBeNull();
    const saved = await patch(rep, rep.id, me.body.version, { mapApp: "amap" });
    expect(saved.status, saved.text).toBe(200);
    const session = await s.request("GET", "/api/v1/auth/session", { as: rep.token });
    expect(session.body.user.mapApp).toBe("amap");
    const refused = await patch(rep, rep.id, saved.body.version, { mapApp: "waze" });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ field: "mapApp", rule: "invalid_value" });
    // null hands the choice back to the app's default (language and device).
    const reset = await patch(rep, rep.id, saved.body.version, { mapApp: null });
    expect(reset.body.mapApp).toBeNull();
  });

  it("refuses a change of one's own role, team or active flag with a message", async () => {
    const admin = await s.request("GET", "/api/v1/users/me");
    const res = await patch(s.adminToken, admin.body.id, admin.body.version, { role: "rep" });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("self_change_forbidden");
    expect(res.body.detail).toMatch(/own role/);
    expect(res.body.errors[0]).toMatchObject({ field: "role", message: "Ask an admin." });
  });

  it("lets an admin create a user and a team managed by a manager, and refuses reps", async () => {
    const created = await s.request("POST", "/api/v1/users", {
      body: {
        email: "New.Rep@Test.example",
        name: "陈杰",
        role: "manager",
        locale: "zh-CN",
        timeZone: "Asia/Shanghai",
        password: "a-long-password-1",
      },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ email: "new.rep@test.example", teamId: null });

    const team = await s.request("POST", "/api/v1/teams", {
      body: { name: "Hangzhou", managerId: created.body.id },
    });
    expect(team.status, team.text).toBe(201);
    expect(team.body.managerId).toBe(created.body.id);

    const moved = await patch(s.adminToken, created.body.id, created.body.version, {
      teamId: team.body.id,
    });
    expect(moved.status, moved.text).toBe(200);

    const byRep = await s.request("POST", "/api/v1/teams", {
      body: { name: "Rogue" },
      as: rep.token,
    });
    expect(byRep.status).toBe(403);
    const repUsers = await s.request("GET", "/api/v1/users", { as: rep.token });
    expect(repUsers.body.items.map((u: { id: string }) => u.id)).toEqual([rep.id]);
  });

  it("answers a new team's Location with the team and its ETag, to any signed-in user", async () => {
    const created = await s.request("POST", "/api/v1/teams", { body: { name: "Suzhou" } });
    expect(created.status, created.text).toBe(201);
    const location = created.headers.get("location")!;
    expect(location).toBe(`/api/v1/teams/${created.body.id}`);

    const read = await s.request("GET", location, { as: rep.token });
    expect(read.status, read.text).toBe(200);
    expect(read.body).toEqual(created.body);
    expect(read.headers.get("etag")).toBe(created.headers.get("etag"));

    // The ETag read is the one a rename sends back.
    const renamed = await s.request("PATCH", location, {
      body: { name: "Suzhou East" },
      headers: { "if-match": read.headers.get("etag")! },
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect((await s.request("GET", location)).body.name).toBe("Suzhou East");

    const missing = await s.request("GET", "/api/v1/teams/00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe("team_not_found");
  });
});
