import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../db/testing.ts";
import { buildCustomer } from "../modules/customers/customers.factory.ts";
import { startTestServer, type TestServer } from "./testing.ts";

/**
 * A cursor comes back from the client: whatever it holds must be refused with a 400 before
 * it reaches a query. Every list that takes `cursor` — found in the OpenAPI document, so a
 * new list is covered without being named here — gets forged cursors.
 */
const forge = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");
const UUID = "00000000-0000-4000-8000-000000000000";
const FORGED = {
  "a value that is no timestamp": (sort: string) => forge([sort, "garbage", UUID]),
  "a bare number as timestamp": (sort: string) => forge([sort, "1", UUID]),
  "an id that is no UUID": (sort: string) => forge([sort, "2026-01-01T00:00:00Z", "x' or 1=1"]),
  "NUL in the value": (sort: string) => forge([sort, "a\u0000", UUID]),
  "another list's sort": () => forge(["nonsense", "2026-01-01T00:00:00Z", UUID]),
  "not base64 JSON": () => "%%%",
};
/**
 * Sorts the lists use; a cursor is forged for each so that the sort check passes for one.
 * Names are text: any storable string is a valid position there, so they are left out of
 * the timestamp cases.
 */
const TEXT_SORTS = ["contacts", "name"];
const SORTS = [
  "dueAt",
  "-occurredAt",
  "plannedStart",
  "-createdAt",
  "createdAt",
  "contacts",
  "name",
  "-updatedAt",
  "timeline",
];

let s: TestServer;
let lists: string[] = [];
let customerId: string;

beforeAll(async () => {
  s = await startTestServer();
  customerId = (await s.request("POST", "/api/v1/customers", { body: buildCustomer() })).body.id;
  const doc = (await s.request("GET", "/api/openapi.json")).body as {
    paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
  };
  lists = Object.entries(doc.paths)
    .filter(([, ops]) => ops.get?.parameters?.some((p) => p.in === "query" && p.name === "cursor"))
    .map(([path]) => path.replace(/\{[^}]+\}/g, customerId));
});
afterAll(async () => {
  await s?.close();
});

describe("forged cursors", () => {
  it("finds the lists that take a cursor", () => {
    expect(lists.length).toBeGreaterThanOrEqual(9);
  });

  it.each(Object.entries(FORGED))("refuses %s on every list with a 400", async (label, make) => {
    const before = await dataDigest(s.database);
    for (const path of lists) {
      for (const sort of SORTS) {
        if (label.includes("timestamp") && TEXT_SORTS.includes(sort)) continue;
        const res = await s.request("GET", `${path}?cursor=${encodeURIComponent(make(sort))}`);
        expect(res.status, `${path} ${sort}: ${res.text}`).toBe(400);
        expect(res.body).toMatchObject({ code: "validation_failed", field: "query.cursor" });
      }
    }
    expect(await dataDigest(s.database)).toEqual(before);
  });
});
