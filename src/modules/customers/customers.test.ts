import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { nameSortKey } from "../../domain/text/customer-search.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "./customers.factory.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

/** Names in the order the API sorts them: by their pinyin sort key, byte by byte. */
const byName = (a: string, b: string) =>
  Buffer.compare(Buffer.from(nameSortKey(a)), Buffer.from(nameSortKey(b)));

const create = async (overrides: Record<string, unknown> = {}) => {
  const res = await s.request("POST", "/api/v1/customers", { body: buildCustomer(overrides) });
  expect(res.status).toBe(201);
  return res.body;
};

/** Sends a request that must be refused, and proves the data did not move. */
async function refused(
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> },
  status: number,
) {
  const before = await dataDigest(s.database);
  const res = await s.request(method, path, init);
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(await dataDigest(s.database)).toEqual(before);
  return res.body;
}

describe("create and read", () => {
  it("creates a customer with ETag, Location and an audit event", async () => {
    const res = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({ name: "上海华信贸易有限公司", tier: "A" }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.headers.get("location")).toBe(`/api/v1/customers/${res.body.id}`);
    expect(res.body).toMatchObject({ name: "上海华信贸易有限公司", tier: "A", version: 1 });
    expect(res.body).not.toHaveProperty("searchText");
    const got = await s.request("GET", `/api/v1/customers/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
    expect(got.headers.get("etag")).toBe('"1"');
    const audit = await s.request(
      "GET",
      `/api/v1/audit-events?entityType=customer&entityId=${res.body.id}`,
    );
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ action: "create", before: null });
    expect(audit.body.items[0].after.name).toBe("上海华信贸易有限公司");
  });

  it("applies defaults", async () => {
    const res = await s.request("POST", "/api/v1/customers", { body: { name: "Minimal" } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: "company", tier: "C", status: "lead", tags: [] });
  });

  it("answers 404 problem+json for an unknown id and 400 for a malformed one", async () => {
    const missing = await s.request(
      "GET",
      "/api/v1/customers/00000000-0000-4000-8000-000000000000",
    );
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe("customer_not_found");
    const bad = await s.request("GET", "/api/v1/customers/not-a-uuid");
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe("params.id");
  });
});

describe("bad input changes nothing", () => {
  it.each([
    ["an unknown field", { foo: 1 }, "foo", "unknown_field"],
    ["a mass-assigned version", { version: 99 }, "version", "unknown_field"],
    ["an empty name", { name: "" }, "name", "too_small"],
    ["a 201-character name", { name: "x".repeat(201) }, "name", "too_big"],
    ["a bad e-mail", { email: "not-an-email" }, "email", "format:email"],
    ["a bad phone", { phone: "call me" }, "phone", "pattern"],
    ["a phone with too few digits", { phone: "+1 23" }, "phone", "phone_digits"],
    ["a latitude out of range", { latitude: 91, longitude: 0 }, "latitude", "too_big"],
    ["a longitude without latitude", { latitude: undefined, longitude: 10 }, "longitude", "paired"],
    ["an unknown tier", { tier: "Z" }, "tier", "invalid_value"],
    ["an unknown status", { status: "happy" }, "status", "invalid_value"],
    ["duplicate tags", { tags: ["a", "a"] }, "tags", "unique"],
    [
      "a bad visit window",
      { visitWindows: { mon: [{ from: "9am", to: "12:00" }] } },
      "visitWindows.mon.0.from",
      "pattern",
    ],
    [
      "a window ending before it starts",
      { visitWindows: { tue: [{ from: "12:00", to: "09:00" }] } },
      "visitWindows.tue.0",
      "from_before_to",
    ],
    [
      "an unknown weekday",
      { visitWindows: { someday: [] } },
      "visitWindows.someday",
      "unknown_field",
    ],
    [
      "min days above max days",
      { visitMinDays: 30, visitMaxDays: 7 },
      "visitMinDays",
      "min_lte_max",
    ],
  ])("rejects %s with field and rule", async (_label, overrides, field, rule) => {
    const body = buildCustomer(overrides);
    for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete body[k];
    const problem = await refused("POST", "/api/v1/customers", { body }, 400);
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors).toContainEqual(expect.objectContaining({ field, rule }));
    expect(problem.field).toBeDefined();
  });

  it("rejects an unknown owner with 422", async () => {
    const problem = await refused(
      "POST",
      "/api/v1/customers",
      { body: buildCustomer({ ownerId: "00000000-0000-4000-8000-000000000000" }) },
      422,
    );
    expect(problem).toMatchObject({ field: "ownerId", rule: "exists" });
  });

  it("rejects malformed JSON, a wrong media type and an oversized body", async () => {
    expect((await refused("POST", "/api/v1/customers", { body: "{nope" }, 400)).code).toBe(
      "malformed_json",
    );
    const wrongType = await refused(
      "POST",
      "/api/v1/customers",
      { body: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } },
      415,
    );
    expect(wrongType.code).toBe("unsupported_media_type");
    const huge = buildCustomer({ notes: "x".repeat(2 * 1024 * 1024) });
    expect((await refused("POST", "/api/v1/customers", { body: huge }, 413)).code).toBe(
      "body_too_large",
    );
  });

  it.each([
    ["limit=201", "query.limit", "too_big"],
    ["limit=0", "query.limit", "too_small"],
    ["updatedSince=2024-02-31T00:00:00Z", "query.updatedSince", "format:datetime"],
    ["updatedSince=2024-02-28", "query.updatedSince", "format:datetime"],
    ["sort=password", "query.sort", "invalid_value"],
    ["status=lead,happy", "query.status.1", "invalid_value"],
    ["bogus=1", "query.bogus", "unknown_field"],
    ["cursor=abc", "query.cursor", "cursor"],
  ])("rejects the list query %s", async (qs, field, rule) => {
    const problem = await refused("GET", `/api/v1/customers?${qs}`, {}, 400);
    expect(problem.errors).toContainEqual(expect.objectContaining({ field, rule }));
  });

  it("never leaks internals in an error body", async () => {
    const res = await s.request("POST", "/api/v1/customers", { body: "{nope" });
    expect(res.text).not.toMatch(/node_modules|\.ts:|SELECT|SQLSTATE|at .*\(|pglite|postgres/i);
  });
});

describe("optimistic concurrency", () => {
  it("PATCH needs If-Match (428), refuses a stale one (412), accepts the current one", async () => {
    const c = await create();
    const path = `/api/v1/customers/${c.id}`;
    const body = { name: "Renamed" };
    expect((await refused("PATCH", path, { body }, 428)).code).toBe("if_match_required");
    expect((await refused("PATCH", path, { body, headers: { "if-match": '"7"' } }, 412)).code).toBe(
      "version_mismatch",
    );
    const ok = await s.request("PATCH", path, { body, headers: { "if-match": '"1"' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("etag")).toBe('"2"');
    expect(ok.body).toMatchObject({ name: "Renamed", version: 2 });
    await refused("PATCH", path, { body: { name: "Again" }, headers: { "if-match": '"1"' } }, 412);
    const audit = await s.request(
      "GET",
      `/api/v1/audit-events?entityType=customer&entityId=${c.id}`,
    );
    const update = audit.body.items.find((e: { action: string }) => e.action === "update");
    expect(update.before.name).toBe(c.name);
    expect(update.after.name).toBe("Renamed");
  });

  it("lets exactly one of two concurrent writes with the same version win", async () => {
    const c = await create();
    const path = `/api/v1/customers/${c.id}`;
    const results = await Promise.all(
      ["A", "B"].map((name) =>
        s.request("PATCH", path, { body: { name }, headers: { "if-match": '"1"' } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const got = await s.request("GET", path);
    expect(got.body.version).toBe(2);
  });

  it("checks cross-field rules against the stored record on PATCH", async () => {
    const c = await create({ visitMinDays: 10, visitMaxDays: 20 });
    const problem = await refused(
      "PATCH",
      `/api/v1/customers/${c.id}`,
      { body: { visitMaxDays: 5 }, headers: { "if-match": '"1"' } },
      400,
    );
    expect(problem).toMatchObject({ field: "visitMinDays", rule: "min_lte_max" });
    const cleared = await s.request("PATCH", `/api/v1/customers/${c.id}`, {
      body: { latitude: null, longitude: null, phone: null },
      headers: { "if-match": '"1"' },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ latitude: null, longitude: null, phone: null });
  });
});

describe("soft delete and restore", () => {
  it("hides a deleted customer, lists it in the trash, and restores it", async () => {
    const c = await create({ name: "Zeta Deleted GmbH" });
    const path = `/api/v1/customers/${c.id}`;
    await refused("DELETE", path, {}, 428);
    const del = await s.request("DELETE", path, { headers: { "if-match": '"1"' } });
    expect(del.status).toBe(200);
    expect(del.body.deletedAt).not.toBeNull();
    expect((await s.request("GET", path)).status).toBe(404);
    const live = await s.request("GET", "/api/v1/customers?q=zeta%20deleted");
    expect(live.body.items).toHaveLength(0);
    const trash = await s.request("GET", "/api/v1/customers?deleted=true&q=zeta%20deleted");
    expect(trash.body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    await refused("PATCH", path, { body: { name: "x" }, headers: { "if-match": '"2"' } }, 404);
    const restored = await s.request("POST", `${path}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ deletedAt: null, version: 3 });
    expect((await refused("POST", `${path}/restore`, {}, 409)).code).toBe("customer_not_deleted");
    const audit = await s.request(
      "GET",
      `/api/v1/audit-events?entityType=customer&entityId=${c.id}`,
    );
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      "create",
      "delete",
      "restore",
    ]);
  });
});

describe("listing", () => {
  const tag = `page-${Date.now()}`;
  beforeAll(async () => {
    for (const name of ["Gamma", "alpha", "Beta", "Delta", "Epsilon", "Eta", "Zeta"]) {
      await create({ name: `${name} ${tag}`, tags: [tag], tier: name === "Beta" ? "A" : "C" });
    }
  });

  it("walks every page once with a cursor, in both directions", async () => {
    for (const sort of ["name", "-name", "createdAt", "-updatedAt"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const qs: string = `tag=${tag}&limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ""}`;
        const res = await s.request("GET", `/api/v1/customers?${qs}`);
        expect(res.status).toBe(200);
        seen.push(...res.body.items.map((x: { name: string }) => x.name));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(7);
      // Case does not decide the order: alpha comes before Beta.
      if (sort === "name") expect(seen).toEqual([...seen].sort(byName));
      if (sort === "-name") expect(seen).toEqual([...seen].sort(byName).reverse());
      if (sort === "name") expect(seen[0]).toBe(`alpha ${tag}`);
    }
  });

  it("refuses a cursor made for another sort", async () => {
    const first = await s.request("GET", `/api/v1/customers?tag=${tag}&limit=2&sort=name`);
    await refused(
      "GET",
      `/api/v1/customers?tag=${tag}&sort=-name&cursor=${first.body.nextCursor}`,
      {},
      400,
    );
  });

  it("filters by tier, status, tag, city and updatedSince", async () => {
    const tierA = await s.request("GET", `/api/v1/customers?tag=${tag}&tier=A`);
    expect(tierA.body.items.map((x: { name: string }) => x.name)).toEqual([`Beta ${tag}`]);
    const other = await create({ name: `Lead ${tag}`, status: "lead", city: "上海", tags: [tag] });
    const leads = await s.request("GET", `/api/v1/customers?tag=${tag}&status=lead`);
    expect(leads.body.items.map((x: { id: string }) => x.id)).toEqual([other.id]);
    const city = await s.request(
      "GET",
      `/api/v1/customers?city=${encodeURIComponent("上海")}&tag=${tag}`,
    );
    expect(city.body.items).toHaveLength(1);
    const since = await s.request(
      "GET",
      `/api/v1/customers?tag=${tag}&updatedSince=${encodeURIComponent(other.updatedAt)}`,
    );
    expect(since.body.items.map((x: { id: string }) => x.id)).toContain(other.id);
    const future = await s.request(
      "GET",
      `/api/v1/customers?tag=${tag}&updatedSince=2999-01-01T00:00:00Z`,
    );
    expect(future.body.items).toHaveLength(0);
  });
});

describe("search", () => {
  beforeAll(async () => {
    await create({
      name: "Bäckerei Huber",
      phone: "+49 89 5550123",
      email: "huber@baeckerei.example",
    });
    await create({ name: "上海恒通物流有限公司", phone: "+86 21 6666 8888", email: null });
    await create({ name: "华为技术上海分公司", email: null });
    await create({ name: "张伟", kind: "person", email: null });
  });
  const names = async (q: string) => {
    const res = await s.request("GET", `/api/v1/customers?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    return res.body.items.map((x: { name: string }) => x.name);
  };

  it.each([
    ["huber", "Bäckerei Huber"],
    ["HUBER", "Bäckerei Huber"],
    ["hubr", "Bäckerei Huber"],
    ["baeckerei.example", "Bäckerei Huber"],
    ["5550123", "Bäckerei Huber"],
    ["恒通", "上海恒通物流有限公司"],
    ["恒通物流", "上海恒通物流有限公司"],
    ["华为", "华为技术上海分公司"],
    ["张伟", "张伟"],
    ["6666 8888", "上海恒通物流有限公司"],
  ])("q=%s finds %s", async (q, expected) => {
    expect(await names(q)).toContain(expected);
  });

  it("does not match characters that are not adjacent", async () => {
    expect(await names("恒物")).not.toContain("上海恒通物流有限公司");
    expect(await names("zzzzqq")).toEqual([]);
  });

  it("pages Chinese matches in name order, both ways, and follows renames", async () => {
    const made: string[] = [];
    for (const n of ["丁", "甲", "乙", "丙", "戊"]) {
      const c = await create({ name: `${n}号金桥科技`, email: null });
      made.push(c.id);
    }
    const walk = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const qs: string = `q=${encodeURIComponent("金桥科技")}&limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ""}`;
        const res = await s.request("GET", `/api/v1/customers?${qs}`);
        expect(res.status, res.text).toBe(200);
        seen.push(...res.body.items.map((x: { name: string }) => x.name));
        cursor = res.body.nextCursor;
      } while (cursor);
      return seen;
    };
    const asc = await walk("name");
    expect(asc).toHaveLength(5);
    // Pinyin order: 丙 bing, 丁 ding, 甲 jia, 戊 wu, 乙 yi.
    expect(asc).toEqual(["丙", "丁", "甲", "戊", "乙"].map((n) => `${n}号金桥科技`));
    expect(await walk("-name")).toEqual([...asc].reverse());
    const renamed = await s.request("PATCH", `/api/v1/customers/${made[0]}`, {
      body: { name: "己号东方贸易" },
      headers: { "if-match": '"1"' },
    });
    expect(renamed.status).toBe(200);
    expect(await walk("name")).toHaveLength(4);
    expect(await names("东方贸易")).toContain("己号东方贸易");
  });

  it("falls back to typo-tolerant matches only when nothing matches exactly, and pages them", async () => {
    for (const n of ["Hubermann", "Huberta", "Hubertus"])
      await create({ name: `Fuzzy ${n}`, email: null });
    const exact = await s.request("GET", "/api/v1/customers?q=hubertus");
    expect(exact.body.items.map((x: { name: string }) => x.name)).toEqual(["Fuzzy Hubertus"]);
    const typo = await s.request("GET", "/api/v1/customers?q=hubertsu&limit=1");
    expect(typo.body.items).toHaveLength(1);
    expect(typo.body.nextCursor).not.toBeNull();
    const next = await s.request(
      "GET",
      `/api/v1/customers?q=hubertsu&limit=1&cursor=${typo.body.nextCursor}`,
    );
    expect(next.status).toBe(200);
    expect(next.body.items[0].name).not.toBe(typo.body.items[0].name);
  });

  it("treats LIKE wildcards literally", async () => {
    expect(await names("%")).toEqual([]);
    expect(await names("_")).toEqual([]);
  });
});
