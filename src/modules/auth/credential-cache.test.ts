import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { buildServer } from "../../http/server.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { createApiToken } from "./api-tokens.service.ts";

/**
 * Credential lookups are cached per process. Every way a credential can stop working or
 * change what it grants must reach every cache before the next request: through the API
 * (this process drops its cache before answering), and through anything else — plain SQL,
 * another process — by the database triggers' NOTIFY.
 */
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

type QueryFn = (...args: unknown[]) => Promise<unknown>;

/** Counts the statements the server sends that read api_tokens, while `work` runs. */
async function tokenLookups(work: () => Promise<void>): Promise<number> {
  const client = (s.database.db as unknown as { $client: { query: QueryFn } }).$client;
  const original = client.query;
  let n = 0;
  client.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === "string" ? first : (first as { text?: string })?.text;
    if (text && /^select .* from "api_tokens"/is.test(text)) n++;
    return original.apply(this, args);
  } as QueryFn;
  try {
    await work();
  } finally {
    client.query = original;
  }
  return n;
}

const status = async (token: string) =>
  (await s.request("GET", "/api/v1/auth/session", { as: token })).status;

/**
 * A change made outside Rapport's services (plain SQL here) reaches the caches when
 * PostgreSQL delivers the trigger's NOTIFY: PGlite delivers it before the statement returns,
 * PostgreSQL within moments, on another connection. So: the next request, or one a few
 * milliseconds later, and never one served from a cache that missed it.
 */
async function soon<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const end = Date.now() + 2_000;
  let last = await read();
  while (last !== expected && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 5));
    last = await read();
  }
  expect(last).toBe(expected);
}

describe("credential cache", () => {
  it("looks a token up once, then answers from memory", async () => {
    const u = await s.user({ role: "rep" });
    const lookups = await tokenLookups(async () => {
      for (let i = 0; i < 5; i++) expect(await status(u.token)).toBe(200);
    });
    expect(lookups).toBe(1);
  });

  it("drops a token revoked by plain SQL", async () => {
    const u = await s.user({ role: "rep" });
    expect(await status(u.token)).toBe(200);
    await s.database.query("update api_tokens set revoked_at = now() where user_id = $1", [u.id]);
    await soon(() => status(u.token), 401);
  });

  it("sees a deactivation, a role change and an expiry made by plain SQL", async () => {
    const a = await s.user({ role: "rep" });
    const b = await s.user({ role: "rep" });
    const c = await s.user({ role: "rep" });
    for (const u of [a, b, c]) expect(await status(u.token)).toBe(200);
    await s.database.query("update users set active = false where id = $1", [a.id]);
    await soon(() => status(a.token), 401);
    await s.database.query("update users set role = 'manager' where id = $1", [b.id]);
    const role = async () =>
      (await s.request("GET", "/api/v1/auth/session", { as: b.token })).body.user.role;
    await soon(role, "manager");
    await s.database.query(
      "update api_tokens set expires_at = now() - interval '1 second' where user_id = $1",
      [c.id],
    );
    await soon(() => status(c.token), 401);
  });

  it("does not write last-used per request: one batched write, at the latest at shutdown", async () => {
    // A server of its own on the same database, so closing it flushes what it collected.
    const config = loadConfig({ LOG_LEVEL: "silent", PORT: "0" });
    const app = await buildServer({ database: s.database, config });
    const u = await s.user({ role: "rep" });
    const { token } = await createApiToken(s.database.db, u.id, { name: "batched" });
    const lastUsed = async () =>
      (
        await s.database.query<{ at: Date | null }>(
          "select last_used_at as at from api_tokens where name = 'batched' and user_id = $1",
          [u.id],
        )
      ).rows[0]!.at;
    for (let i = 0; i < 3; i++) {
      const res = await app.inject({
        method: "GET",
        url: "/api/v1/auth/session",
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(200);
    }
    expect(await lastUsed()).toBeNull();
    await app.close();
    expect(await lastUsed()).toBeInstanceOf(Date);
  });
});

describe.skipIf(!process.env.DATABASE_URL)("credential cache without its listener", () => {
  it("caches nothing while the LISTEN connection is down, and again once it is back", async () => {
    const u = await s.user({ role: "rep" });
    expect(await status(u.token)).toBe(200);
    // Cut this database's listener connections, as a network blip or a failover would.
    await s.database.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where application_name = 'rapport-listen:rapport_credentials' and datname = current_database()`,
    );
    // Once the client noticed, a lookup (which must not be cached now), then a change that
    // no notification can report.
    await new Promise((r) => setTimeout(r, 200));
    expect(await status(u.token)).toBe(200);
    await s.database.query("update api_tokens set revoked_at = now() where user_id = $1", [u.id]);
    expect(await status(u.token)).toBe(401);
    // Reconnected (within a second): lookups are cached again.
    const v = await s.user({ role: "rep" });
    await soon(async () => {
      await status(v.token);
      return tokenLookups(async () => {
        await status(v.token);
      });
    }, 0);
  });
});

/**
 * A second Rapport process on the same PostgreSQL database: a credential revoked, signed
 * out or deactivated through this process's API stops working there on the very next
 * request. (PostgreSQL only: the embedded database belongs to one process.)
 */
const bin = join(import.meta.dirname, "..", "..", "..", "bin", "rapport.js");

describe.skipIf(!process.env.DATABASE_URL)("credential cache across processes", () => {
  let child: ChildProcess | null = null;
  let other = "";

  beforeAll(async () => {
    const url = s.database.pool!.options.connectionString!;
    const proc = spawn(process.execPath, [bin, "serve", "--no-demo"], {
      env: { ...process.env, DATABASE_URL: url, PORT: "0", SCHEDULER_INTERVAL_MS: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = proc;
    let out = "";
    proc.stdout!.on("data", (d) => {
      out += d;
    });
    proc.stderr!.on("data", (d) => {
      out += d;
    });
    const end = Date.now() + 60_000;
    while (!/running at (http:\/\/\S+)/.test(out)) {
      if (Date.now() > end) throw new Error(`the second server did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    other = /running at (http:\/\/\S+)/.exec(out)![1]!.replace("localhost", "127.0.0.1");
  }, 70_000);
  afterAll(() => {
    child?.kill("SIGKILL");
  });

  const there = async (token: string) =>
    (await fetch(`${other}/api/v1/auth/session`, { headers: { authorization: `Bearer ${token}` } }))
      .status;

  it("revocation through one server is refused by the other at once", async () => {
    const u = await s.user({ role: "rep" });
    expect(await there(u.token)).toBe(200);
    expect(await there(u.token)).toBe(200);
    const mine = await s.request("GET", "/api/v1/auth/tokens", { as: u.token });
    const id = mine.body.items[0].id;
    const revoked = await s.request("DELETE", `/api/v1/auth/tokens/${id}`, { as: u.token });
    expect(revoked.status).toBe(204);
    expect(await there(u.token)).toBe(401);
  });

  it("deactivation and role changes through one server apply on the other at once", async () => {
    const a = await s.user({ role: "rep" });
    const b = await s.user({ role: "rep" });
    expect(await there(a.token)).toBe(200);
    expect(await there(b.token)).toBe(200);
    const off = await s.request("PATCH", `/api/v1/users/${a.id}`, {
      body: { active: false },
      headers: { "if-match": '"1"' },
    });
    expect(off.status).toBe(200);
    expect(await there(a.token)).toBe(401);
    const promoted = await s.request("PATCH", `/api/v1/users/${b.id}`, {
      body: { role: "manager" },
      headers: { "if-match": '"1"' },
    });
    expect(promoted.status).toBe(200);
    const me = await fetch(`${other}/api/v1/auth/session`, {
      headers: { authorization: `Bearer ${b.token}` },
    });
    expect(((await me.json()) as { user: { role: string } }).user.role).toBe("manager");
  });
});
