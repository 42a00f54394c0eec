import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

let s: TestServer;
const PASSWORD = "correct horse battery";

beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});
beforeEach(async () => {
  await s.database.query("delete from rate_limits");
});

type Session = { cookie: string; csrf: string; setCookie: string };

async function signIn(email: string, password = PASSWORD, headers: Record<string, string> = {}) {
  const res = await s.request("POST", "/api/v1/auth/login", {
    body: { email, password },
    headers,
    as: null,
  });
  return res;
}

async function session(email: string, password = PASSWORD): Promise<Session> {
  const res = await signIn(email, password);
  expect(res.status, res.text).toBe(200);
  const setCookie = res.headers.get("set-cookie")!;
  return { cookie: setCookie.split(";")[0]!, csrf: res.body.csrfToken, setCookie };
}

const withSession = (sess: Session, extra: Record<string, string> = {}) => ({
  as: null,
  headers: { cookie: sess.cookie, ...extra },
});

describe("sign-in and sessions", () => {
  it("sets an HttpOnly SameSite=Lax cookie and never returns the password hash", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const res = await signIn(u.email);
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^rapport_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http here; Secure behind HTTPS
    expect(res.body.user.email).toBe(u.email);
    expect(res.text).not.toMatch(/argon2|passwordHash/);
    const me = await s.request("GET", "/api/v1/auth/session", withSession(await session(u.email)));
    expect(me.body).toMatchObject({ via: "session", user: { id: u.id } });
  });

  it("issues a new session id at every sign-in and ends the one the browser brought", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const first = await session(u.email);
    const second = await signIn(u.email, PASSWORD, { cookie: first.cookie });
    const secondCookie = second.headers.get("set-cookie")!.split(";")[0]!;
    expect(secondCookie).not.toBe(first.cookie);
    expect((await s.request("GET", "/api/v1/auth/session", withSession(first))).status).toBe(401);
    const ok = await s.request("GET", "/api/v1/auth/session", {
      as: null,
      headers: { cookie: secondCookie },
    });
    expect(ok.status).toBe(200);
  });

  it("says nothing about whether the account exists", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const wrong = await signIn(u.email, "not the password");
    const unknown = await signIn("nobody@nowhere.example", "not the password");
    await s.request("PATCH", `/api/v1/users/${u.id}`, {
      body: { active: false },
      headers: { "if-match": '"1"' },
    });
    const inactive = await signIn(u.email, PASSWORD);
    for (const r of [wrong, unknown, inactive]) {
      expect(r.status).toBe(401);
      expect(r.body).toEqual(wrong.body);
    }
  });

  it("logout ends the session", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const sess = await session(u.email);
    const out = await s.request(
      "POST",
      "/api/v1/auth/logout",
      withSession(sess, { "x-csrf-token": sess.csrf }),
    );
    expect(out.status).toBe(204);
    expect((await s.request("GET", "/api/v1/auth/session", withSession(sess))).status).toBe(401);
  });

  it("a password change ends the other sessions but keeps this one", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const here = await session(u.email);
    const elsewhere = await session(u.email);
    const res = await s.request("POST", "/api/v1/auth/password", {
      ...withSession(here, { "x-csrf-token": here.csrf }),
      body: { currentPassword: PASSWORD, newPassword: "a brand new passphrase" },
    });
    expect(res.status, res.text).toBe(204);
    expect((await s.request("GET", "/api/v1/auth/session", withSession(elsewhere))).status).toBe(
      401,
    );
    expect((await s.request("GET", "/api/v1/auth/session", withSession(here))).status).toBe(200);
    expect((await signIn(u.email, PASSWORD)).status).toBe(401);
    expect((await signIn(u.email, "a brand new passphrase")).status).toBe(200);
  });

  it("refuses a wrong current password when changing it", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const here = await session(u.email);
    const before = await dataDigest(s.database);
    const res = await s.request("POST", "/api/v1/auth/password", {
      ...withSession(here, { "x-csrf-token": here.csrf }),
      body: { currentPassword: "wrong-wrong", newPassword: "a brand new passphrase" },
    });
    expect(res.status).toBe(403);
    expect(res.body.field).toBe("currentPassword");
    expect(await dataDigest(s.database)).toEqual(before);
  });

  it("deactivating a user ends their sessions and stops their tokens at once", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const sess = await session(u.email);
    const res = await s.request("PATCH", `/api/v1/users/${u.id}`, {
      body: { active: false },
      headers: { "if-match": '"1"' },
    });
    expect(res.status).toBe(200);
    expect((await s.request("GET", "/api/v1/auth/session", withSession(sess))).status).toBe(401);
    expect((await s.request("GET", "/api/v1/auth/session", { as: u.token })).status).toBe(401);
    const rows = await s.database.query("select 1 from sessions where user_id = $1", [u.id]);
    expect(rows.rows).toHaveLength(0);
  });

  it("ends a session after the idle timeout and after the absolute lifetime", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const idle = await session(u.email);
    await s.database.query(
      "update sessions set last_seen_at = now() - interval '13 hours' where user_id = $1",
      [u.id],
    );
    expect((await s.request("GET", "/api/v1/auth/session", withSession(idle))).status).toBe(401);
    const old = await session(u.email);
    await s.database.query(
      "update sessions set expires_at = now() - interval '1 second' where user_id = $1",
      [u.id],
    );
    expect((await s.request("GET", "/api/v1/auth/session", withSession(old))).status).toBe(401);
  });
});

describe("rate limiting", () => {
  it("locks an account after 5 failures, even for the right password, with Retry-After", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    for (let i = 0; i < 5; i++) expect((await signIn(u.email, "wrong password")).status).toBe(401);
    const locked = await signIn(u.email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe("rate_limited");
    const retry = Number(locked.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    // Another account from the same address is still fine.
    const other = await s.user({ role: "rep", password: PASSWORD });
    expect((await signIn(other.email)).status).toBe(200);
  });

  it("limits one address across many accounts (30 failures)", async () => {
    for (let i = 0; i < 30; i++) await signIn(`ghost${i}@nowhere.example`, "x");
    const u = await s.user({ role: "rep", password: PASSWORD });
    expect((await signIn(u.email)).status).toBe(429);
  });

  it("the counters live in the database, so every server process sees them", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    await signIn(u.email, "wrong password");
    const rows = await s.database.query<{ key: string; count: number }>(
      "select key, count from rate_limits where key like 'login:account:%'",
    );
    expect(rows.rows).toContainEqual({ key: `login:account:${u.email}`, count: 1 });
  });
});

describe("CSRF", () => {
  it("refuses a cookie-authenticated write without the token, or from another origin", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const sess = await session(u.email);
    const body = buildCustomer();
    const before = await dataDigest(s.database);
    const noToken = await s.request("POST", "/api/v1/customers", { ...withSession(sess), body });
    expect(noToken.status).toBe(403);
    expect(noToken.body.code).toBe("csrf_failed");
    const badToken = await s.request("POST", "/api/v1/customers", {
      ...withSession(sess, { "x-csrf-token": "forged" }),
      body,
    });
    expect(badToken.status).toBe(403);
    const foreign = await s.request("POST", "/api/v1/customers", {
      ...withSession(sess, { "x-csrf-token": sess.csrf, origin: "https://evil.example" }),
      body,
    });
    expect(foreign.status).toBe(403);
    const crossSite = await s.request("POST", "/api/v1/customers", {
      ...withSession(sess, { "x-csrf-token": sess.csrf, "sec-fetch-site": "cross-site" }),
      body,
    });
    expect(crossSite.status).toBe(403);
    expect(await dataDigest(s.database)).toEqual(before);
    const ok = await s.request("POST", "/api/v1/customers", {
      ...withSession(sess, { "x-csrf-token": sess.csrf, origin: s.url }),
      body,
    });
    expect(ok.status).toBe(201);
  });

  it("refuses a sign-in posted from another site", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const res = await signIn(u.email, PASSWORD, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
  });

  it("does not apply to bearer tokens, which a browser never sends by itself", async () => {
    const u = await s.user({ role: "rep" });
    const res = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer(),
      as: u.token,
    });
    expect(res.status).toBe(201);
  });
});

describe("API tokens", () => {
  it("are shown once, listed by prefix, act as their user, and stop when revoked", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const created = await s.request("POST", "/api/v1/auth/tokens", {
      body: { name: "script" },
      as: u.token,
    });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^rpt_/);
    const list = await s.request("GET", "/api/v1/auth/tokens", { as: token });
    expect(list.text).not.toContain(token);
    expect(list.body.items.map((t: { prefix: string }) => t.prefix)).toContain(token.slice(0, 10));
    const stored = await s.database.query<{ token_hash: string }>(
      "select token_hash from api_tokens",
    );
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(token);
    const me = await s.request("GET", "/api/v1/auth/session", { as: token });
    expect(me.body).toMatchObject({ via: "token", user: { id: u.id }, csrfToken: null });
    await s.request("DELETE", `/api/v1/auth/tokens/${created.body.id}`, { as: token });
    expect((await s.request("GET", "/api/v1/auth/session", { as: token })).status).toBe(401);
    expect((await s.request("GET", "/api/v1/auth/session", { as: "rpt_garbage" })).status).toBe(
      401,
    );
    expect(
      (
        await s.request("GET", "/api/v1/auth/session", {
          as: "",
          headers: { authorization: "Bearer" },
        })
      ).status,
    ).toBe(401);
  });

  it("cannot revoke another user's token", async () => {
    const a = await s.user({ role: "rep" });
    const b = await s.user({ role: "rep" });
    const created = await s.request("POST", "/api/v1/auth/tokens", {
      body: { name: "mine" },
      as: a.token,
    });
    const res = await s.request("DELETE", `/api/v1/auth/tokens/${created.body.id}`, {
      as: b.token,
    });
    expect(res.status).toBe(404);
    expect(
      (await s.request("GET", "/api/v1/auth/session", { as: created.body.token })).status,
    ).toBe(200);
  });
});

describe("accounts", () => {
  it("refuses a password over 256 characters instead of truncating it, and one under 10", async () => {
    const long = "x".repeat(257);
    const res = await s.request("POST", "/api/v1/users", {
      body: { email: "long@x.example", name: "L", role: "rep", password: long },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: "password", rule: "too_big" });
    const short = await s.request("POST", "/api/v1/users", {
      body: { email: "short@x.example", name: "S", role: "rep", password: "short" },
    });
    expect(short.body).toMatchObject({ field: "password", rule: "too_small" });
    const exact = "y".repeat(256);
    const ok = await s.request("POST", "/api/v1/users", {
      body: { email: "exact@x.example", name: "E", role: "rep", password: exact },
    });
    expect(ok.status).toBe(201);
    expect((await signIn("exact@x.example", exact)).status).toBe(200);
    expect((await signIn("exact@x.example", exact.slice(0, 255))).status).toBe(401);
  });

  it("never shows a password hash in users, profiles or the audit trail", async () => {
    const u = await s.user({ role: "rep", password: PASSWORD });
    const texts = [
      (await s.request("GET", "/api/v1/users")).text,
      (await s.request("GET", `/api/v1/users/${u.id}`)).text,
      (await s.request("GET", "/api/v1/users/me", { as: u.token })).text,
      (await s.request("GET", `/api/v1/audit-events?entityType=user&entityId=${u.id}`)).text,
    ];
    for (const t of texts) expect(t).not.toMatch(/argon2|passwordHash|password_hash/);
  });

  it("lets a user edit their own profile but not their role, team or active flag", async () => {
    const u = await s.user({ role: "rep" });
    const ok = await s.request("PATCH", `/api/v1/users/${u.id}`, {
      body: { locale: "zh-CN", timeZone: "Asia/Shanghai", homeLat: 31.2, homeLon: 121.4 },
      headers: { "if-match": '"1"' },
      as: u.token,
    });
    expect(ok.status, ok.text).toBe(200);
    for (const body of [{ role: "admin" }, { active: false }, { teamId: null }]) {
      const before = await dataDigest(s.database);
      const res = await s.request("PATCH", `/api/v1/users/${u.id}`, {
        body,
        headers: { "if-match": '"2"' },
        as: u.token,
      });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe("self_change_forbidden");
      expect(await dataDigest(s.database)).toEqual(before);
    }
    const adminSelf = await s.request("GET", "/api/v1/users/me");
    const demote = await s.request("PATCH", `/api/v1/users/${adminSelf.body.id}`, {
      body: { role: "rep" },
      headers: { "if-match": `"${adminSelf.body.version}"` },
    });
    expect(demote.status).toBe(403);
  });

  it("refuses a bad time zone and a duplicate e-mail", async () => {
    const bad = await s.request("POST", "/api/v1/users", {
      body: { email: "tz@x.example", name: "T", role: "rep", timeZone: "Mars/Olympus" },
    });
    expect(bad.body).toMatchObject({ field: "timeZone", rule: "time_zone" });
    const u = await s.user({ role: "rep" });
    const dup = await s.request("POST", "/api/v1/users", {
      body: { email: u.email.toUpperCase(), name: "D", role: "rep" },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe("email_taken");
  });
});

describe("security headers", () => {
  it.each([
    "/health",
    "/api/v1/customers",
    "/api/openapi.json",
    "/api/v1/nope",
    "/api/docs/static/index.html",
  ])("are on %s", async (path) => {
    const res = await s.request("GET", path);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });
});
