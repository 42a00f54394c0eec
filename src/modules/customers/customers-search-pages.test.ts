import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerQuery } from "../../domain/text/customer-search.ts";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { seedDemo } from "../demo/demo.service.ts";

/**
 * Every page of a search, over more demo customers than a search walks an index before it
 * falls back (2,000), against the same search worked out here in plain code from the stored
 * fields: each way of matching (name, text, each pinyin reading) and the ranking (name
 * matches first, each part in byte order of the sort key) must come out the same, page by
 * page, with nothing twice and nothing left out.
 */
let s: TestServer;
type Row = {
  id: string;
  sort_key: string;
  search_text: string;
  search_pinyin: string;
  search_grams: string[];
};
let rows: Row[];
beforeAll(async () => {
  s = await startTestServer();
  await seedDemo(s.database.db, { customers: 2600, seed: 11, withHistory: false });
  rows = (
    await s.database.query<Row>(
      "select id, sort_key, search_text, search_pinyin, search_grams from customers where deleted_at is null",
    )
  ).rows;
});
afterAll(async () => {
  await s?.close();
});

const byKey = (a: Row, b: Row) =>
  Buffer.compare(Buffer.from(a.sort_key), Buffer.from(b.sort_key)) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function expected(q: string): string[] {
  const query = customerQuery(q);
  const lines = (text: string, patterns: string[]) =>
    text.split("\n").some((l) => patterns.some((p) => l.includes(p)));
  const isName = (r: Row) =>
    query.namePrefix !== null &&
    r.sort_key.startsWith(query.namePrefix) &&
    (query.nameStart === null || r.sort_key.includes(`\u0001${query.nameStart}`));
  const matches = (r: Row) => {
    if (isName(r)) return true;
    if (lines(r.search_text, query.patterns)) {
      return query.grams === null || query.grams.every((g) => r.search_grams.includes(g));
    }
    const reading = query.pinyin;
    return (
      reading?.grams.some((g) => r.search_grams.includes(g)) === true &&
      lines(r.search_pinyin, reading.patterns)
    );
  };
  const found = rows.filter(matches).sort(byKey);
  return [...found.filter(isName), ...found.filter((r) => !isName(r))].map((r) => r.id);
}

async function pages(q: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 100; n++) {
    const qs = new URLSearchParams({ q, limit: String(limit) });
    if (cursor) qs.set("cursor", cursor);
    const res = await s.request("GET", `/api/v1/customers?${qs}`);
    expect(res.status, res.text).toBe(200);
    ids.push(...res.body.items.map((c: { id: string }) => c.id));
    cursor = res.body.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error("no last page");
}

describe("search pages over more rows than a walk reads", () => {
  it.each([["huaxin"], ["hua"], ["shanghai"], ["sh"], ["华信"], ["huber"], ["münchen"], ["zhang"]])(
    "q=%s",
    async (q) => {
      const want = expected(q);
      expect(want.length).toBeGreaterThan(0);
      expect(await pages(q, 200)).toEqual(want);
    },
  );

  it("finds the rare matches too, past the first 2,000 rows", async () => {
    const want = expected("huaxin");
    expect(await pages("huaxin", 37)).toEqual(want);
  });
});
