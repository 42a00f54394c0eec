import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing.ts";

/**
 * The OpenAPI document is a contract: every operation is named, secured (unless public),
 * declares its errors as problem+json, and documents the headers it sends. A new route that
 * lacks any of these fails here — which with the route kit means the kit was bypassed.
 */
type Response = { content?: Record<string, unknown>; headers?: Record<string, unknown> };
type Operation = {
  operationId?: string;
  security?: unknown[];
  parameters?: { in: string; name: string }[];
  responses: Record<string, Response>;
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes?: Record<string, unknown> };
};

let s: TestServer;
let doc: Doc;
let ops: [string, string, Operation][];
const PUBLIC = new Set([
  "POST /api/v1/auth/login",
  "GET /api/v1/app-config",
  "GET /api/v1/calendar/{file}",
]);

beforeAll(async () => {
  s = await startTestServer();
  doc = (await s.request("GET", "/api/openapi.json")).body as Doc;
  ops = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(
      ([m, op]) => [m.toUpperCase(), path, op] as [string, string, Operation],
    ),
  );
});
afterAll(async () => {
  await s?.close();
});

describe("the OpenAPI document", () => {
  it("declares bearer and cookie security schemes", () => {
    expect(Object.keys(doc.components.securitySchemes ?? {}).sort()).toEqual(["bearer", "cookie"]);
  });

  it("names every operation, once", () => {
    const ids = ops.map(([, , op]) => op.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("secures every operation that is not public", () => {
    const open = ops.filter(([m, p, op]) => !PUBLIC.has(`${m} ${p}`) && !op.security?.length);
    expect(open.map(([m, p]) => `${m} ${p}`)).toEqual([]);
  });

  it("declares errors as application/problem+json, and 400 and 503 everywhere", () => {
    for (const [m, p, op] of ops) {
      for (const [code, response] of Object.entries(op.responses)) {
        if (Number(code) >= 400 && response.content) {
          expect(Object.keys(response.content), `${m} ${p} ${code}`).toEqual([
            "application/problem+json",
          ]);
        }
      }
      expect(op.responses["400"], `${m} ${p}`).toBeDefined();
      expect(op.responses["503"]?.headers?.["Retry-After"], `${m} ${p}`).toBeDefined();
    }
  });

  it("documents ETag on records, Location on creates, and If-Match with 412/428 on writes that need it", () => {
    for (const [m, p, op] of ops) {
      const create = op.parameters?.some((x) => x.in === "header" && x.name === "idempotency-key");
      if (create && op.responses["201"]) {
        expect(op.responses["201"].headers?.Location, `${m} ${p}`).toBeDefined();
      }
      const ifMatch = op.parameters?.some((x) => x.in === "header" && x.name === "if-match");
      if (ifMatch) expect(op.responses["412"], `${m} ${p}`).toBeDefined();
    }
    // Reads list no write errors (routes that share a response map must not leak them).
    for (const [m, p, op] of ops.filter(([m]) => m === "GET")) {
      expect(Object.keys(op.responses), `${m} ${p}`).not.toContain("428");
      expect(Object.keys(op.responses), `${m} ${p}`).not.toContain("412");
    }
    const customer = doc.paths["/api/v1/customers/{id}"]!;
    expect(customer.get!.responses["200"]!.headers?.ETag).toBeDefined();
    expect(customer.patch!.responses["428"]).toBeDefined();
    expect(customer.patch!.parameters!.some((x) => x.name === "if-match")).toBe(true);
  });

  it("has a read for every Location a create answers with", () => {
    // The kit's Location is the create path's last static segment plus the new id.
    const unreadable = ops
      .filter(([, , op]) => ["201", "202"].some((c) => op.responses[c]?.headers?.Location))
      .map(([m, p]) => {
        const collection = p
          .split("/")
          .filter((seg) => seg && !seg.startsWith("{"))
          .at(-1);
        return [`${m} ${p}`, `/api/v1/${collection}/{id}`] as const;
      })
      .filter(([, location]) => !doc.paths[location]?.get);
    expect(unreadable).toEqual([]);
  });
});
