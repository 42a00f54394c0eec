import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { createApiToken } from "../auth/api-tokens.service.ts";
import { seedDemo } from "../demo/demo.service.ts";
import { buildCustomer } from "./customers.factory.ts";

/**
 * Issue 11, "search that finds": the four searches a field team tried, each through HTTP
 * with the token of the user who tried it, over demo data loaded the way `rapport seed` does.
 */
let s: TestServer;
let lukas: string;
let sophieCustomers: Set<string>;
beforeAll(async () => {
  s = await startTestServer();
  await seedDemo(s.database.db, { customers: 40, seed: 7, withHistory: false });
  const token = async (email: string) => {
    const { rows } = await s.database.query<{ id: string }>(
      "select id from users where email = $1",
      [email],
    );
    return (await createApiToken(s.database.db, rows[0]!.id, { name: "test" })).token;
  };
  lukas = await token("lukas.weber@rapport.example");
  const sophie = await s.request("GET", "/api/v1/customers?limit=200", {
    as: await token("sophie.mueller@rapport.example"),
  });
  sophieCustomers = new Set(sophie.body.items.map((c: { id: string }) => c.id));
});
afterAll(async () => {
  await s?.close();
});

type Item = { id: string; name: string; city: string | null; ownerId: string | null };

async function search(q: string, init: { as?: string; limit?: number; cursor?: string } = {}) {
  const qs = new URLSearchParams({ q, limit: String(init.limit ?? 200) });
  if (init.cursor) qs.set("cursor", init.cursor);
  const res = await s.request("GET", `/api/v1/customers?${qs}`, { as: init.as });
  expect(res.status, res.text).toBe(200);
  return res.body as { items: Item[]; nextCursor: string | null };
}

async function create(overrides: Record<string, unknown>) {
  const res = await s.request("POST", "/api/v1/customers", { body: buildCustomer(overrides) });
  expect(res.status, res.text).toBe(201);
  return res.body as Item & { version: number };
}

async function walk(q: string, limit: number): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await search(q, { limit, cursor });
    names.push(...page.items.map((c) => c.name));
    if (!page.nextCursor) return names;
    cursor = page.nextCursor;
  }
  throw new Error("no last page");
}

describe("a rep in Munich", () => {
  it("finds every one of his customers by their city, typed with or without umlaut", async () => {
    const all = await s.request("GET", "/api/v1/customers?limit=200", { as: lukas });
    const mine = all.body.items as Item[];
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.every((c) => c.city === "München")).toBe(true);
    for (const q of ["München", "münchen", "Munchen", "Muenchen", "MÜNCHEN"]) {
      const found = await search(q, { as: lukas });
      expect(found.items.map((c) => c.id).sort(), q).toEqual(mine.map((c) => c.id).sort());
      // His scope still holds: none of his colleague's customers.
      expect(found.items.some((c) => sophieCustomers.has(c.id))).toBe(false);
    }
  });
});

describe("phone numbers by their digits", () => {
  it("finds the customer however the number is typed", async () => {
    const c = await create({ name: "上海联华电子", phone: "131 4985 0123", email: null });
    for (const q of [
      "13149850123",
      "131 4985 0123",
      "131-4985-0123",
      "+86 131 4985 0123",
      "+8613149850123",
      "0086 13149850123",
      "4985 0123",
    ]) {
      expect(
        (await search(q)).items.map((x) => x.id),
        q,
      ).toContain(c.id);
    }
  });

  it("finds a number stored with its country code by the national number", async () => {
    const c = await create({ name: "Schreinerei Wagner", phone: "+49 89 7654321", email: null });
    for (const q of ["089 7654321", "0897654321", "+49 89 765 43 21", "0049 89 7654321"]) {
      expect(
        (await search(q)).items.map((x) => x.id),
        q,
      ).toContain(c.id);
    }
  });
});

describe("pinyin", () => {
  it("finds 博远 by full pinyin, by initials and by syllables typed apart", async () => {
    const c = await create({ name: "博远科技有限公司", email: null, city: "上海" });
    for (const q of ["boyuan", "BoYuan", "bo yuan", "by", "bykj", "boyuankeji"]) {
      expect(
        (await search(q)).items.map((x) => x.id),
        q,
      ).toContain(c.id);
    }
  });

  it("ranks names that start with the query first, the whole name first of all, and pages across", async () => {
    const tag = "rank";
    for (const name of ["上海博远物流", "博远贸易", "Boyuan Consulting", "博远", "Nordic Boyuan"]) {
      await create({ name, email: null, tags: [tag] });
    }
    const ranked = (await search("boyuan")).items.map((c) => c.name);
    const ours = ranked.filter((n) =>
      ["上海博远物流", "博远贸易", "Boyuan Consulting", "博远", "Nordic Boyuan"].includes(n),
    );
    expect(ours).toEqual([
      "博远",
      "Boyuan Consulting",
      "博远贸易",
      "Nordic Boyuan",
      "上海博远物流",
    ]);
    // Page by page, one at a time: the same order, nothing twice, nothing left out.
    expect(await walk("boyuan", 1)).toEqual(ranked);
    expect(await walk("boyuan", 2)).toEqual(ranked);
  });

  it("ranks a Chinese query's name matches first, but not a homophone's", async () => {
    for (const name of ["远东博远", "博远集团", "薄园"]) await create({ name, email: null });
    const names = (await search("博远")).items.map((c) => c.name);
    expect(names.indexOf("博远集团")).toBeLessThan(names.indexOf("远东博远"));
    expect(names).not.toContain("薄园");
    expect(await walk("博远", 1)).toEqual(names);
  });
});

describe("contacts find their customer", () => {
  it("by name, e-mail and phone, kept up to date as contacts change", async () => {
    const c = await create({ name: "上海永新五金", email: null });
    const made = await s.request("POST", `/api/v1/customers/${c.id}/contacts`, {
      body: { name: "朱静", email: "zhu.jing@yongxin.example", phone: "+86 139 1234 5678" },
    });
    expect(made.status, made.text).toBe(201);
    const ids = async (q: string) => (await search(q)).items.map((x) => x.id);
    for (const q of ["朱静", "zhujing", "zhu jing", "zhu.jing@yongxin", "13912345678"]) {
      expect(await ids(q), q).toContain(c.id);
    }

    const renamed = await s.request("PATCH", `/api/v1/contacts/${made.body.id}`, {
      body: { name: "朱丽" },
      headers: { "if-match": '"1"' },
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect(await ids("朱静")).not.toContain(c.id);
    expect(await ids("朱丽")).toContain(c.id);

    const deleted = await s.request("DELETE", `/api/v1/contacts/${made.body.id}`, {
      headers: { "if-match": '"2"' },
    });
    expect(deleted.status, deleted.text).toBe(200);
    expect(await ids("朱丽")).not.toContain(c.id);
    expect(await ids("13912345678")).not.toContain(c.id);

    const restored = await s.request("POST", `/api/v1/contacts/${made.body.id}/restore`);
    expect(restored.status, restored.text).toBe(200);
    expect(await ids("朱丽")).toContain(c.id);

    // The customer's own version is untouched: its contacts' changes are not its edits.
    const now = await s.request("GET", `/api/v1/customers/${c.id}`);
    expect(now.body.version).toBe(c.version);
  });

  it("finds demo customers by their contacts", async () => {
    const { rows } = await s.database.query<{ name: string; customer_id: string }>(
      // Shanghai's demo contacts (Chinese names) are the ones with a WeChat id.
      "select name, customer_id from contacts where wechat_id is not null order by name limit 1",
    );
    const contact = rows[0]!;
    expect((await search(contact.name)).items.map((x) => x.id)).toContain(contact.customer_id);
  });
});

describe("names", () => {
  it("sort by pinyin, Chinese and Latin names together", async () => {
    const tag = `sort-${Date.now()}`;
    for (const name of ["张记面馆", "Bosch Service", "安华超市", "北辰酒店", "Zeiss Optik"]) {
      await create({ name, email: null, tags: [tag] });
    }
    const res = await s.request("GET", `/api/v1/customers?tag=${tag}&sort=name`);
    expect(res.body.items.map((c: Item) => c.name)).toEqual([
      "安华超市",
      "北辰酒店",
      "Bosch Service",
      "Zeiss Optik",
      "张记面馆",
    ]);
  });

  it("follow a rename in order and in search", async () => {
    const c = await create({ name: "Alpha Trading", email: null });
    const res = await s.request("PATCH", `/api/v1/customers/${c.id}`, {
      body: { name: "鸿运贸易", city: "苏州" },
      headers: { "if-match": `"${c.version}"` },
    });
    expect(res.status, res.text).toBe(200);
    expect((await search("hongyun")).items.map((x) => x.id)).toContain(c.id);
    expect((await search("suzhou")).items.map((x) => x.id)).toContain(c.id);
    expect((await search("alpha trading")).items.map((x) => x.id)).not.toContain(c.id);
  });
});
