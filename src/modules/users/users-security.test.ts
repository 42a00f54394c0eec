import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";

/**
 * A leaked API token or session must not be enough to take an account over, and a
 * deactivated user's credentials must stay dead. Each case was an open door before its fix.
 */
let s: TestServer;
const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "another long password";

beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

async function signIn(email: string, password: string) {
  return s.request("POST", "/api/v1/auth/login", { body: { email, password }, as: null });
}

async function session(email: string) {
  const res = await signIn(email, PASSWORD);
  expect(res.status, res.text).toBe(200);
  return { cookie: res.headers.get("set-cookie")!.split(";")[0]!, csrf: res.body.csrfToken };
}

const passwordHash = async (id: string) =>
  (
    await s.database.query<{ password_hash: string }>(
      "select password_hash from users where id = $1",
      [id],
    )
  ).rows[0]!.password_hash;

describe("password changes", () => {
  it("refuses a new password for one's own account through PATCH, with a token or a session", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const hash = await passwordHash(u.id);
    const before = await dataDigest(s.database);

    const byToken = await s.request("PATCH", `/api/v1/users/${u.id}`, {
      as: u.token,
      headers: { "if-match": "*" },
      body: { password: "taken-over-password" },
    });
    expect(byToken.status, byToken.text).toBe(403);
    expect(byToken.body).toMatchObject({
      code: "current_password_required",
      field: "password",
      rule: "current_password_required",
    });

    const sess = await session(u.email);
    const bySession = await s.request("PATCH", `/api/v1/users/${u.id}`, {
      as: null,
      headers: { cookie: sess.cookie, "x-csrf-token": sess.csrf, origin: s.url, "if-match": "*" },
      body: { password: "taken-over-password" },
    });
    expect(bySession.status, bySession.text).toBe(403);

    // Nothing changed: same hash, the owner still signs in, the session still works.
    expect(await passwordHash(u.id)).toBe(hash);
    expect(await dataDigest(s.database)).toEqual(before);
    expect((await signIn(u.email, PASSWORD)).status).toBe(200);
    const me = await s.request("GET", "/api/v1/auth/session", {
      as: null,
      headers: { cookie: sess.cookie },
    });
    expect(me.status).toBe(200);
  });

  it("changes one's own password only with the current one", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const sess = await session(u.email);
    const headers = { cookie: sess.cookie, "x-csrf-token": sess.csrf, origin: s.url };
    const wrong = await s.request("POST", "/api/v1/auth/password", {
      as: null,
      headers,
      body: { currentPassword: "not my password", newPassword: NEW_PASSWORD },
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe("wrong_password");
    const right = await s.request("POST", "/api/v1/auth/password", {
      as: null,
      headers,
      body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(right.status, right.text).toBe(204);
    expect((await signIn(u.email, NEW_PASSWORD)).status).toBe(200);
  });

  it("lets an admin reset someone else's password, audited, ending their sessions", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const sess = await session(u.email);
    const reset = await s.request("PATCH", `/api/v1/users/${u.id}`, {
      headers: { "if-match": "*" },
      body: { password: NEW_PASSWORD },
    });
    expect(reset.status, reset.text).toBe(200);
    expect(reset.text).not.toMatch(/argon2|passwordHash|password_hash/);
    expect((await signIn(u.email, PASSWORD)).status).toBe(401);
    expect((await signIn(u.email, NEW_PASSWORD)).status).toBe(200);
    const old = await s.request("GET", "/api/v1/auth/session", {
      as: null,
      headers: { cookie: sess.cookie },
    });
    expect(old.status).toBe(401);

    const events = await s.database.query<{ after: { passwordReset?: boolean } }>(
      "select after from audit_events where entity_type = 'user' and entity_id = $1 and action = 'update'",
      [u.id],
    );
    expect(events.rows.map((e) => e.after.passwordReset)).toEqual([true]);
    expect(JSON.stringify(events.rows)).not.toMatch(/argon2/);
  });
});

describe("deactivation", () => {
  it("revokes API tokens for good: re-activating does not revive them", async () => {
    const u = await s.user({ role: "rep" });
    expect((await s.request("GET", "/api/v1/users/me", { as: u.token })).status).toBe(200);

    const off = await s.request("PATCH", `/api/v1/users/${u.id}`, {
      headers: { "if-match": "*" },
      body: { active: false },
    });
    expect(off.status, off.text).toBe(200);
    expect((await s.request("GET", "/api/v1/users/me", { as: u.token })).status).toBe(401);

    const on = await s.request("PATCH", `/api/v1/users/${u.id}`, {
      headers: { "if-match": "*" },
      body: { active: true },
    });
    expect(on.status, on.text).toBe(200);
    expect((await s.request("GET", "/api/v1/users/me", { as: u.token })).status).toBe(401);
    const tokens = await s.database.query<{ revoked: boolean }>(
      "select revoked_at is not null as revoked from api_tokens where user_id = $1",
      [u.id],
    );
    expect(tokens.rows).toEqual([{ revoked: true }]);
  });
});
