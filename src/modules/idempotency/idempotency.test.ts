import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "../customers/customers.factory.ts";
import { claimKey } from "./idempotency.repository.ts";
import { requestHash } from "./idempotency.service.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

const countCustomers = async () =>
  (await s.database.query<{ n: number }>("select count(*)::int as n from customers")).rows[0]!.n;

describe("Idempotency-Key on creates", () => {
  it("replays the first response for the same key and body, creating one record", async () => {
    const body = buildCustomer();
    const headers = { "idempotency-key": "create-1" };
    const before = await countCustomers();
    const first = await s.request("POST", "/api/v1/customers", { body, headers });
    const second = await s.request("POST", "/api/v1/customers", {
      body: Object.fromEntries(Object.entries(body).reverse()), // key order does not matter
      headers,
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("location")).toBe(first.headers.get("location"));
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await countCustomers()).toBe(before + 1);
  });

  it("refuses the same key with a different body (422) and changes nothing", async () => {
    const headers = { "idempotency-key": "create-2" };
    await s.request("POST", "/api/v1/customers", { body: buildCustomer({ name: "One" }), headers });
    const digest = await dataDigest(s.database);
    const res = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({ name: "Two" }),
      headers,
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("idempotency_key_reused");
    expect(await dataDigest(s.database)).toEqual(digest);
  });

  it("answers 409 while the first request with the key is still running", async () => {
    const body = buildCustomer();
    await claimKey(s.database.db, {
      scope: (await s.request("GET", "/api/v1/users/me")).body.id,
      key: "in-flight",
      endpoint: "POST /api/v1/customers",
      requestHash: requestHash("POST /api/v1/customers", body),
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const digest = await dataDigest(s.database);
    const res = await s.request("POST", "/api/v1/customers", {
      body,
      headers: { "idempotency-key": "in-flight" },
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("idempotency_in_progress");
    expect(await dataDigest(s.database)).toEqual(digest);
  });

  it("takes over a claim abandoned by a crashed request", async () => {
    const body = buildCustomer();
    await claimKey(s.database.db, {
      scope: (await s.request("GET", "/api/v1/users/me")).body.id,
      key: "abandoned",
      endpoint: "POST /api/v1/customers",
      requestHash: requestHash("POST /api/v1/customers", body),
      expiresAt: new Date(Date.now() + 3600_000),
    });
    await s.database.query(
      "update idempotency_keys set created_at = now() - interval '5 minutes' where key = 'abandoned'",
    );
    const res = await s.request("POST", "/api/v1/customers", {
      body,
      headers: { "idempotency-key": "abandoned" },
    });
    expect(res.status).toBe(201);
  });

  it("releases the key when the create fails, so a corrected retry can use it", async () => {
    const headers = { "idempotency-key": "retry-after-422" };
    const bad = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({ ownerId: "00000000-0000-4000-8000-000000000000" }),
      headers,
    });
    expect(bad.status).toBe(422);
    const keys = await s.database.query(
      "select 1 from idempotency_keys where key = 'retry-after-422'",
    );
    expect(keys.rows).toHaveLength(0);
  });

  it("scopes keys per endpoint path: a contact create cannot replay a customer create", async () => {
    const c = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer(),
      headers: { "idempotency-key": "shared-key" },
    });
    const contact = await s.request("POST", `/api/v1/customers/${c.body.id}/contacts`, {
      body: { name: "Zhang San" },
      headers: { "idempotency-key": "shared-key" },
    });
    expect(contact.status).toBe(422);
  });

  it("refuses an unusable key", async () => {
    const res = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer(),
      headers: { "idempotency-key": "x".repeat(201) },
    });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe("header.idempotency-key");
  });
});

describe("expiry", () => {
  it("treats an expired key as new, and the scheduler's purge removes the rest", async () => {
    const headers = { "idempotency-key": "expiring" };
    const first = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({ name: "Old" }),
      headers,
    });
    await s.database.query(
      "update idempotency_keys set expires_at = now() - interval '1 second' where key = 'expiring'",
    );
    const second = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({ name: "New" }),
      headers,
    });
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    await s.database.query("update idempotency_keys set expires_at = now() - interval '1 second'");
    const { purgeExpiredKeys } = await import("./idempotency.service.ts");
    expect(await purgeExpiredKeys(s.database.db, new Date())).toBeGreaterThan(0);
    const left = await s.database.query("select 1 from idempotency_keys");
    expect(left.rows).toHaveLength(0);
  });
});
