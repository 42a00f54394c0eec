import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../db/testing.ts";
import { unsafeTextRule } from "../domain/text/safe-text.ts";
import { buildCustomer } from "../modules/customers/customers.factory.ts";
import { unsafeTextIssues } from "./input-safety.ts";
import { startTestServer, type TestServer } from "./testing.ts";

describe("unsafeTextRule", () => {
  it.each([
    ["plain text", "Bäckerei Huber 华信", null],
    ["a surrogate pair (emoji)", "ok 👍", null],
    ["NUL", "a\u0000b", "nul_character"],
    ["a lone high surrogate", "\ud800x", "unpaired_surrogate"],
    ["a lone low surrogate", "x\udc00", "unpaired_surrogate"],
    ["a high surrogate at the end", "abc\udbff", "unpaired_surrogate"],
    ["two high surrogates", "\ud83d\ud83d\udc4d", "unpaired_surrogate"],
  ])("%s", (_label, value, rule) => {
    expect(unsafeTextRule(value)).toBe(rule);
  });

  it("names nested fields and keys by path", () => {
    expect(
      unsafeTextIssues({ agenda: [{ text: "ok" }, { text: "\ud800" }], "k\u0000": 1 }, []).map(
        (i) => [i.field, i.rule],
      ),
    ).toEqual([
      ["agenda.1.text", "unpaired_surrogate"],
      ["k\u0000", "nul_character"],
    ]);
  });
});

/** Through the real server: refused with the field named, and nothing written. */
describe("text PostgreSQL cannot store", () => {
  let s: TestServer;
  let customerId: string;
  beforeAll(async () => {
    s = await startTestServer();
    const c = await s.request("POST", "/api/v1/customers", { body: buildCustomer() });
    customerId = c.body.id;
  });
  afterAll(async () => {
    await s?.close();
  });

  async function refused(method: string, path: string, body?: unknown) {
    const before = await dataDigest(s.database);
    const res = await s.request(method, path, { body, headers: { "if-match": "*" } });
    expect(res.status, res.text).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(res.text).not.toMatch(/insert|select|\.ts:|at /i);
    expect(await dataDigest(s.database)).toEqual(before);
    return res.body;
  }

  it.each([
    ["NUL in a customer's name", { name: "a\u0000b" }, "name", "nul_character"],
    ["a lone surrogate in a customer's name", { name: "\ud800x" }, "name", "unpaired_surrogate"],
    ["NUL in a tag", { tags: ["ok", "x\u0000"] }, "tags.1", "nul_character"],
  ])("POST /customers: %s", async (_label, overrides, field, rule) => {
    const problem = await refused("POST", "/api/v1/customers", buildCustomer(overrides));
    expect(problem).toMatchObject({ code: "validation_failed", field, rule });
  });

  it("PATCH /customers/{id} with NUL in the notes", async () => {
    const problem = await refused("PATCH", `/api/v1/customers/${customerId}`, { city: "\u0000" });
    expect(problem).toMatchObject({ field: "city", rule: "nul_character" });
  });

  it.each([
    ["tag=%00", "query.tag"],
    ["q=%00", "query.q"],
    ["city=a%00", "query.city"],
  ])("GET /customers?%s", async (query, field) => {
    const problem = await refused("GET", `/api/v1/customers?${query}`);
    expect(problem).toMatchObject({ field, rule: "nul_character" });
  });

  it("a lone surrogate in a visit's agenda text", async () => {
    const start = new Date(Date.UTC(2030, 0, 7, 9)).toISOString();
    const end = new Date(Date.UTC(2030, 0, 7, 10)).toISOString();
    const problem = await refused("POST", "/api/v1/visits", {
      customerId,
      plannedStart: start,
      plannedEnd: end,
      agenda: [{ text: "\ud800x" }],
    });
    expect(problem).toMatchObject({ field: "agenda.0.text", rule: "unpaired_surrogate" });
  });

  it("a lone surrogate in a strategy's segment tags", async () => {
    const problem = await refused("POST", "/api/v1/strategies", {
      name: "Quarterly check-in",
      segment: { tags: ["\udc00"] },
      channel: "phone",
      followUpKind: "call",
      cadence: { everyDays: 7 },
      template: "Call {{customer.name}}",
      anchorAt: "2030-01-01T00:00:00Z",
    });
    expect(problem).toMatchObject({ field: "segment.tags.0", rule: "unpaired_surrogate" });
  });
});
