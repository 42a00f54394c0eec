import type { FastifyInstance } from "fastify";
import type { Database } from "../../src/db/client.ts";
import { createApiToken } from "../../src/modules/auth/api-tokens.service.ts";
import { withDriverCalls } from "../driver-calls.ts";
import type { CapturedQuery } from "./raw.ts";

/** Whose API token a case runs with: the scope decides which owner filter the SQL gets. */
export type Caller = "admin" | "manager" | "rep";
export type Tokens = Record<Caller, string>;

export type BenchCase = {
  key: string;
  label: string;
  as: Caller;
  /** Request paths, rotated by both the HTTP run and the raw loop. */
  paths: string[];
};

export type PreparedCase = BenchCase & { queries: CapturedQuery[] };

const LIST = "/api/v1/customers";

/** Picks real ids spread over the table, so point reads are not all one cached page. */
export async function sampleIds(database: Database, count: number): Promise<string[]> {
  const { rows } = await database.query<{ id: string }>(
    "select id from customers tablesample system (1) limit $1",
    [count],
  );
  return rows.map((r) => r.id);
}

/**
 * A phone number from the table, typed the way a rep would: its national digits without the
 * country code or spaces (e.g. 13149850123 for +86 131 4985 0123).
 */
export async function samplePhone(database: Database): Promise<string> {
  const { rows } = await database.query<{ phone: string }>(
    "select phone from customers where email = 'contact424242@example.cn'",
  );
  const phone = rows[0]?.phone ?? "+86 131 4985 0123";
  return phone.replace(/^\+\d+\s/, "").replace(/\D/g, "");
}

export function benchCases(ids: string[], phone: string): BenchCase[] {
  const q = (s: string) => encodeURIComponent(s);
  return [
    { key: "first-page", label: "list, first page", as: "admin", paths: [`${LIST}?limit=50`] },
    {
      key: "filter",
      label: "list, status=active&tier=A",
      as: "admin",
      paths: [`${LIST}?limit=50&status=active&tier=A`],
    },
    {
      key: "search-latin",
      label: "search q=huber",
      as: "admin",
      paths: [`${LIST}?limit=50&q=huber`],
    },
    {
      key: "search-latin-rare",
      label: "search q=info424243 (e-mail, selective)",
      as: "admin",
      paths: [`${LIST}?limit=50&q=info424243`],
    },
    {
      key: "search-pinyin",
      label: "search q=huaxin (pinyin of 华信 and its homophones)",
      as: "admin",
      paths: [`${LIST}?limit=50&q=huaxin`],
    },
    {
      key: "search-phone",
      label: `search q=${phone} (phone digits, typed without +86 and spaces)`,
      as: "admin",
      paths: [`${LIST}?limit=50&q=${q(phone)}`],
    },
    {
      key: "search-han",
      label: "search q=华信",
      as: "admin",
      paths: [`${LIST}?limit=50&q=${q("华信")}`],
    },
    {
      key: "rep-first-page",
      label: "list, first page as a rep (own scope)",
      as: "rep",
      paths: [`${LIST}?limit=50`],
    },
    {
      key: "manager-search-han",
      label: "search q=华信 as a manager (team scope)",
      as: "manager",
      paths: [`${LIST}?limit=50&q=${q("华信")}`],
    },
    {
      key: "point",
      label: "point read by id",
      as: "admin",
      paths: ids.map((id) => `${LIST}/${id}`),
    },
  ];
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * API tokens for one demo user of each role (admin sees all, the Shanghai manager sees the
 * team's customers, a Shanghai rep sees their own), minted the way `rapport token` does.
 */
export async function mintTokens(database: Database): Promise<Tokens> {
  const emails: Record<Caller, string> = {
    admin: "admin@rapport.example",
    manager: "wang.fang@rapport.example",
    rep: "li.wei@rapport.example",
  };
  const out: Partial<Tokens> = {};
  for (const [caller, email] of Object.entries(emails) as [Caller, string][]) {
    const { rows } = await database.query<{ id: string }>("select id from users where email = $1", [
      email,
    ]);
    if (!rows[0]) throw new Error(`demo user ${email} missing`);
    out[caller] = (await createApiToken(database.db, rows[0].id, { name: "bench" })).token;
  }
  return out as Tokens;
}

/**
 * The customer SQL each path makes the endpoint run, recorded at the driver: the raw loop
 * replays exactly that text and those parameters.
 */
export async function captureQueries(
  app: FastifyInstance,
  database: Database,
  cases: BenchCase[],
  tokens: Tokens,
): Promise<PreparedCase[]> {
  let seen: CapturedQuery[] = [];
  const record = (q: CapturedQuery) => {
    if (/from "(customers|customer_grams)"/.test(q.text)) seen.push(q);
  };
  return withDriverCalls(database, record, async () => {
    const out: PreparedCase[] = [];
    for (const c of cases) {
      const queries: CapturedQuery[] = [];
      for (const path of c.paths) {
        seen = [];
        const res = await app.inject({ method: "GET", url: path, headers: auth(tokens[c.as]) });
        if (res.statusCode !== 200) {
          throw new Error(`${path} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
        }
        if (seen.length === 0) throw new Error(`${path} ran no customer query`);
        // The last query is the listing; any before it (gram probes) are replayed and timed too.
        queries.push({ ...seen.at(-1)!, pre: seen.slice(0, -1) });
      }
      out.push({ ...c, queries });
    }
    return out;
  });
}

/** Rows a path returns, to show in the report what each case actually fetched. */
export async function rowsReturned(app: FastifyInstance, path: string, token: string) {
  const res = await app.inject({ method: "GET", url: path, headers: auth(token) });
  const body = res.json() as { items?: unknown[] };
  return body.items ? body.items.length : 1;
}
