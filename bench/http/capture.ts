import type { FastifyInstance } from "fastify";
import type { Database } from "../../src/db/client.ts";
import { auth } from "../customers/cases.ts";
import type { BareSql } from "./bare.ts";

type QueryFn = (...args: unknown[]) => Promise<unknown>;
type Call = { text: string; params: unknown[] };

function describeCall(args: unknown[]): Call | null {
  const [first, second] = args;
  if (typeof first === "string") return { text: first, params: (second as unknown[]) ?? [] };
  if (first && typeof first === "object" && "text" in first) {
    const cfg = first as { text: string; values?: unknown[] };
    return { text: cfg.text, params: (second as unknown[]) ?? cfg.values ?? [] };
  }
  return null;
}

/**
 * Serves one request in-process while recording every statement at the driver, and picks
 * out the credential lookup (the select on api_tokens) and the customer list (the last
 * select on customers). The token must be fresh, so no cache answers for the database.
 */
export async function captureSql(
  app: FastifyInstance,
  database: Database,
  path: string,
  token: string,
): Promise<BareSql> {
  const client = (database.db as unknown as { $client: { query: QueryFn } }).$client;
  const original = client.query;
  const seen: Call[] = [];
  client.query = function (this: unknown, ...args: unknown[]) {
    const call = describeCall(args);
    if (call) seen.push(call);
    return original.apply(this, args);
  } as QueryFn;
  try {
    const res = await app.inject({ method: "GET", url: path, headers: auth(token) });
    if (res.statusCode !== 200) throw new Error(`${path} answered ${res.statusCode}`);
  } finally {
    client.query = original;
  }
  const tokenSql = seen.find((q) => /^select .* from "api_tokens"/is.test(q.text));
  const list = seen.findLast((q) => /^select .* from "customers"/is.test(q.text));
  if (!tokenSql || !list) {
    throw new Error(
      `could not find the token lookup and list query in:\n${seen.map((q) => q.text).join("\n")}`,
    );
  }
  return { token: tokenSql.text, list };
}
