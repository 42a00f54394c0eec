import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverDocument } from "../scripts/api-client/document.ts";
import { CLIENT_TYPES_PATH, generateClientTypes } from "../scripts/api-client/generate.ts";
import { startTestServer, type TestServer } from "../src/http/testing.ts";
import { call, createRapportClient } from "../web/src/api/client.ts";

describe("generated API client", () => {
  it("is current with the server's OpenAPI document (run `npm run gen:api` if not)", async () => {
    const expected = await generateClientTypes(await serverDocument());
    const committed = readFileSync(CLIENT_TYPES_PATH, "utf8");
    expect(committed === expected, "web/src/api/schema.gen.ts is stale: npm run gen:api").toBe(
      true,
    );
  });

  describe("used from Node with an API token, as a script or the CLI would", () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer();
    });
    afterAll(async () => {
      await s.close();
    });

    it("creates, reads and lists through the typed paths", async () => {
      const client = createRapportClient({ baseUrl: s.url, token: s.adminToken });
      const created = await call(
        client.POST("/api/v1/customers", {
          body: { kind: "company", name: "上海华信贸易", tier: "A", status: "active" },
        }),
      );
      const read = await call(
        client.GET("/api/v1/customers/{id}", { params: { path: { id: created.id } } }),
      );
      expect(read.name).toBe("上海华信贸易");
      const page = await call(
        client.GET("/api/v1/customers", { params: { query: { q: "华信" } } }),
      );
      expect(page.items.map((c) => c.id)).toContain(created.id);
    });

    it("turns a refusal into an ApiError carrying the problem", async () => {
      const client = createRapportClient({ baseUrl: s.url, token: s.adminToken });
      const error = await call(
        client.GET("/api/v1/customers", { params: { query: { limit: 500 } } }),
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({ problem: { status: 400, field: "query.limit" } });
    });
  });
});
