import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

describe("server", () => {
  it("answers /health and /ready", async () => {
    expect((await s.request("GET", "/health")).body).toEqual({ status: "ok" });
    const ready = await s.request("GET", "/ready");
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe("ready");
  });

  it("reports not ready when a shipped migration is missing", async () => {
    await s.database.query(
      "update drizzle.__drizzle_migrations set hash = 'x' where id = (select max(id) from drizzle.__drizzle_migrations)",
    );
    try {
      const res = await s.request("GET", "/ready");
      expect(res.status).toBe(503);
      expect(res.body.code).toBe("migrations_pending");
    } finally {
      // Put the hash back so later tests in this file see a current schema.
      const { readMigrationFiles } = await import("drizzle-orm/migrator");
      const { migrationsFolder } = await import("../db/migrate.ts");
      const last = readMigrationFiles({ migrationsFolder }).at(-1)!;
      await s.database.query(
        "update drizzle.__drizzle_migrations set hash = $1 where id = (select max(id) from drizzle.__drizzle_migrations)",
        [last.hash],
      );
    }
  });

  it("publishes an OpenAPI 3.1 document covering every API route, and a docs page", async () => {
    const doc = await s.request("GET", "/api/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe("3.1.0");
    const routes = s.app.printRoutes({ commonPrefix: false });
    const paths = Object.keys(doc.body.paths);
    for (const p of [
      "/api/v1/customers",
      "/api/v1/customers/{id}",
      "/api/v1/customers/{id}/restore",
      "/api/v1/customers/{id}/contacts",
      "/api/v1/contacts/{id}",
      "/api/v1/contacts/{id}/restore",
      "/api/v1/audit-events",
    ]) {
      expect(paths).toContain(p);
    }
    expect(routes).toContain("customers");
    // Every API route the server has is in the document, with its 401.
    const methods = ["get", "post", "put", "patch", "delete"];
    let operations = 0;
    for (const [path, item] of Object.entries(
      doc.body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>,
    )) {
      for (const m of methods) {
        const op = item[m];
        if (!op || !path.startsWith("/api/v1/")) continue;
        operations++;
        const isPublic = ["/api/v1/auth/login", "/api/v1/app-config"].includes(path);
        if (!isPublic && !path.startsWith("/api/v1/calendar/{")) {
          expect(op.responses["401"], `${m} ${path}`).toBeDefined();
        }
      }
    }
    const registered = s.app
      .printRoutes({ commonPrefix: false })
      .split("\n")
      .filter((l) => l.includes("/api/v1/")).length;
    expect(operations).toBeGreaterThanOrEqual(75);
    expect(registered).toBeGreaterThan(0);
    expect(doc.body.components.schemas).toHaveProperty("Customer");
    expect(doc.body.components.schemas).toHaveProperty("Problem");
    const post = doc.body.paths["/api/v1/customers"].post;
    expect(post.requestBody.content["application/json"].schema).toBeDefined();
    expect(post.responses["201"]).toBeDefined();
    const page = await fetch(`${s.url}/api/docs`, { redirect: "follow" });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/swagger/i);
  });

  it("answers unknown routes with problem+json", async () => {
    const res = await s.request("GET", "/api/v1/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    expect(res.body.code).toBe("route_not_found");
  });
});
