import { createServer, type Server, Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { postgresDatabase } from "../db/client.ts";
import { openTestDatabase } from "../db/testing.ts";
import { createApiToken } from "../modules/auth/api-tokens.service.ts";
import { systemContext } from "../modules/common/system.ts";
import { createUser } from "../modules/users/users.service.ts";
import { buildServer } from "./server.ts";

/** While the database refuses connections, the API says "try again" (503), not "broken". */
const config = loadConfig({ ...process.env, LOG_LEVEL: "silent", PORT: "0" });
const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function serve(app: FastifyInstance) {
  await app.listen({ host: "127.0.0.1", port: 0 });
  closers.push(() => app.close());
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  return `http://127.0.0.1:${address.port}`;
}

function expectUnavailable(res: Response, text: string) {
  expect(res.status, text).toBe(503);
  expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
  expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
  expect(JSON.parse(text)).toMatchObject({ status: 503, code: "database_unavailable" });
  expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|\bat\b.*\.ts/);
}

describe("a database that refuses connections", () => {
  it("answers 503 with Retry-After on signed-in routes and on sign-in", async () => {
    const pool = new pg.Pool({ connectionString: `postgres://x@127.0.0.1:${await freePort()}/x` });
    pool.on("error", () => {});
    const database = postgresDatabase(pool);
    closers.push(() => database.close());
    const url = await serve(await buildServer({ database, config }));

    const list = await fetch(`${url}/api/v1/customers`, {
      headers: { authorization: "Bearer rpt_0123456789abcdef" },
    });
    expectUnavailable(list, await list.text());
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "a@b.example", password: "whatever-long" }),
    });
    expectUnavailable(login, await login.text());
  });
});

/**
 * PostgreSQL only: the server goes away and comes back while Rapport runs. A proxy in front
 * of the test database plays the outage: it drops every connection and refuses new ones.
 */
describe.skipIf(!process.env.DATABASE_URL)("PostgreSQL going away and coming back", () => {
  it("answers 503 during the outage and 200 again after it", async () => {
    const t = await openTestDatabase();
    closers.push(() => t.dispose());
    const target = new URL(t.config.databaseUrl!);
    const sockets = new Set<Socket>();
    let proxy: Server | null = null;
    const port = await freePort();
    const up = async () => {
      proxy = createServer((client) => {
        const server = new Socket();
        server.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, server]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => {});
        }
        client.pipe(server).pipe(client);
      });
      await new Promise<void>((resolve) => proxy!.listen(port, "127.0.0.1", resolve));
    };
    const down = async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => proxy!.close(resolve));
    };
    await up();
    closers.push(async () => proxy?.listening && down());
    const viaProxy = new URL(target);
    viaProxy.host = `127.0.0.1:${port}`;
    const pool = new pg.Pool({ connectionString: viaProxy.toString(), max: 2 });
    pool.on("error", () => {});
    const database = postgresDatabase(pool);
    closers.push(() => database.close());
    const admin = await createUser(systemContext(t.database.db), {
      email: "outage@test.example",
      name: "Admin",
      role: "admin",
      teamId: null,
      locale: "en",
      timeZone: "UTC",
    });
    const { token } = await createApiToken(t.database.db, admin.id, { name: "t" });
    const url = await serve(await buildServer({ database, config: t.config }));
    const get = () =>
      fetch(`${url}/api/v1/customers`, { headers: { authorization: `Bearer ${token}` } });

    expect((await get()).status).toBe(200);
    await down();
    const during = await get();
    expectUnavailable(during, await during.text());
    await up();
    let after = await get();
    // The pool may hand out one connection the outage killed; the next request reconnects.
    if (after.status === 503) after = await get();
    expect(after.status).toBe(200);
  });
});
