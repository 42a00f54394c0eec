import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client.ts";
import { openTestDatabase } from "../db/testing.ts";
import { createApiToken } from "../modules/auth/api-tokens.service.ts";
import { systemContext } from "../modules/common/system.ts";
import { createUser } from "../modules/users/users.service.ts";
import { buildServer } from "./server.ts";

/** With PUBLIC_URL set, links handed to users use it, not the host the request came in on. */
let database: Database;
let dispose: () => Promise<void>;
let app: Awaited<ReturnType<typeof buildServer>>;
let token: string;
beforeAll(async () => {
  const t = await openTestDatabase();
  ({ database, dispose } = t);
  app = await buildServer({
    database,
    config: { ...t.config, publicUrl: "https://crm.example.com" },
  });
  const rep = await createUser(systemContext(database.db), {
    email: "feed@test.example",
    name: "Feed",
    role: "rep",
    teamId: null,
    locale: "en",
    timeZone: "UTC",
  });
  ({ token } = await createApiToken(database.db, rep.id, { name: "test" }));
});
afterAll(async () => {
  await app?.close();
  await dispose?.();
});

describe("PUBLIC_URL in links", () => {
  it("builds the calendar feed URL on PUBLIC_URL, and the link works", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/calendar/feed",
      headers: { authorization: `Bearer ${token}`, host: "10.0.0.7:3000" },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{ url: string; webcalUrl: string }>();
    expect(body.url).toMatch(/^https:\/\/crm\.example\.com\/api\/v1\/calendar\/[^/]+\.ics$/);
    expect(body.webcalUrl).toBe(body.url.replace(/^https:/, "webcal:"));
    const feed = await app.inject({ method: "GET", url: new URL(body.url).pathname });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain("BEGIN:VCALENDAR");
  });
});
