import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../src/http/testing.ts";
import { casesFor, operations, runCases, seedRecords } from "./harness.ts";
import type { Ids, OpenApi } from "./schema-values.ts";

/**
 * Every operation in the OpenAPI document, every field it declares, hostile values: never a
 * 5xx, never internals in the answer, nothing kept from a refused request. Runs on PGlite and,
 * with DATABASE_URL, on PostgreSQL (`npm test` runs both in CI). `half` picks every other
 * operation, so that two files share the work across test workers.
 */
export function describeFuzz(half: 0 | 1) {
  let s: TestServer;
  let doc: OpenApi;
  let ids: Ids;

  beforeAll(async () => {
    s = await startTestServer();
    doc = (await s.request("GET", "/api/openapi.json")).body as OpenApi;
    ids = await seedRecords(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("never fails, leaks or keeps a refused write, on any operation", async () => {
    const all = operations(doc);
    expect(all.length).toBeGreaterThanOrEqual(80);
    let total = 0;
    let accepted = 0;
    for (const [i, [method, path, op]] of all.entries()) {
      if (i % 2 !== half) continue;
      const cases = casesFor(doc, method, path, op, ids);
      total += cases.length;
      accepted += await runCases(s, cases);
    }
    // Most hostile requests are refused; a few are valid (`true` for a boolean) and accepted.
    expect(total).toBeGreaterThan(2000);
    expect(accepted).toBeLessThan(total / 4);
  }, 600_000);
}
