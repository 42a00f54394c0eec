import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDigest } from "../../db/testing.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

async function customer() {
  const res = await s.request("POST", "/api/v1/customers", { body: buildCustomer() });
  return res.body as { id: string };
}

async function contact(customerId: string, body: Record<string, unknown>) {
  const res = await s.request("POST", `/api/v1/customers/${customerId}/contacts`, { body });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

describe("contacts", () => {
  it("creates, reads, lists, updates and audits a contact", async () => {
    const c = await customer();
    const created = await contact(c.id, {
      name: "王芳",
      title: "采购经理",
      phone: "+86 138 0000 1111",
      wechatId: "wangfang_88",
      email: "Wang.Fang@Example.cn",
    });
    expect(created).toMatchObject({ customerId: c.id, email: "wang.fang@example.cn", version: 1 });
    const got = await s.request("GET", `/api/v1/contacts/${created.id}`);
    expect(got.body).toEqual(created);
    const patched = await s.request("PATCH", `/api/v1/contacts/${created.id}`, {
      body: { title: "总经理" },
      headers: { "if-match": '"1"' },
    });
    expect(patched.body).toMatchObject({ title: "总经理", version: 2 });
    const audit = await s.request(
      "GET",
      `/api/v1/audit-events?entityType=contact&entityId=${created.id}`,
    );
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(["create", "update"]);
  });

  it("keeps one primary contact per customer", async () => {
    const c = await customer();
    const a = await contact(c.id, { name: "A", isPrimary: true });
    const b = await contact(c.id, { name: "B", isPrimary: true });
    const list = await s.request("GET", `/api/v1/customers/${c.id}/contacts`);
    const primary = list.body.items.filter((x: { isPrimary: boolean }) => x.isPrimary);
    expect(primary.map((x: { id: string }) => x.id)).toEqual([b.id]);
    const again = await s.request("PATCH", `/api/v1/contacts/${a.id}`, {
      body: { isPrimary: true },
      headers: { "if-match": '"2"' },
    });
    expect(again.status).toBe(200);
    const after = await s.request("GET", `/api/v1/contacts/${b.id}`);
    expect(after.body.isPrimary).toBe(false);
  });

  it("pages through contacts with a cursor", async () => {
    const c = await customer();
    for (const n of ["d", "a", "c", "b", "e"]) await contact(c.id, { name: n });
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const qs: string = cursor ? `&cursor=${cursor}` : "";
      const res = await s.request("GET", `/api/v1/customers/${c.id}/contacts?limit=2${qs}`);
      names.push(...res.body.items.map((x: { name: string }) => x.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(names).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("soft-deletes and restores; a restored former primary does not steal the role", async () => {
    const c = await customer();
    const a = await contact(c.id, { name: "A", isPrimary: true });
    const del = await s.request("DELETE", `/api/v1/contacts/${a.id}`, {
      headers: { "if-match": '"1"' },
    });
    expect(del.status).toBe(200);
    expect((await s.request("GET", `/api/v1/contacts/${a.id}`)).status).toBe(404);
    const b = await contact(c.id, { name: "B", isPrimary: true });
    const restored = await s.request("POST", `/api/v1/contacts/${a.id}/restore`);
    expect(restored.body).toMatchObject({ deletedAt: null, isPrimary: false });
    expect((await s.request("GET", `/api/v1/contacts/${b.id}`)).body.isPrimary).toBe(true);
  });

  it("hides the contacts of a deleted customer", async () => {
    const c = await customer();
    const a = await contact(c.id, { name: "A" });
    await s.request("DELETE", `/api/v1/customers/${c.id}`, { headers: { "if-match": '"1"' } });
    expect((await s.request("GET", `/api/v1/contacts/${a.id}`)).status).toBe(404);
    expect((await s.request("GET", `/api/v1/customers/${c.id}/contacts`)).status).toBe(404);
    const before = await dataDigest(s.database);
    const add = await s.request("POST", `/api/v1/customers/${c.id}/contacts`, {
      body: { name: "X" },
    });
    expect(add.status).toBe(404);
    expect(await dataDigest(s.database)).toEqual(before);
  });

  it.each([
    [{ name: "A", wechatId: "1abc" }, "wechatId", "pattern"],
    [{ name: "A", email: "nope" }, "email", "format:email"],
    [
      { name: "A", customerId: "00000000-0000-4000-8000-000000000000" },
      "customerId",
      "unknown_field",
    ],
    [{}, "name", "invalid_type"],
  ])("rejects %j and changes nothing", async (body, field, rule) => {
    const c = await customer();
    const before = await dataDigest(s.database);
    const res = await s.request("POST", `/api/v1/customers/${c.id}/contacts`, { body });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
    expect(await dataDigest(s.database)).toEqual(before);
  });
});
