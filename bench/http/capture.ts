import type { FastifyInstance } from "fastify";
import type { Database } from "../../src/db/client.ts";
import { auth } from "../customers/cases.ts";
import { type DriverCall, withDriverCalls } from "../driver-calls.ts";
import type { BareSql } from "./bare.ts";

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
  const seen: DriverCall[] = [];
  await withDriverCalls(
    database,
    (call) => seen.push(call),
    async () => {
      const res = await app.inject({ method: "GET", url: path, headers: auth(token) });
      if (res.statusCode !== 200) throw new Error(`${path} answered ${res.statusCode}`);
    },
  );
  const tokenSql = seen.find((q) => /^select .* from "api_tokens"/is.test(q.text));
  const list = seen.findLast((q) => /^select .* from "customers"/is.test(q.text));
  if (!tokenSql || !list) {
    throw new Error(
      `could not find the token lookup and list query in:\n${seen.map((q) => q.text).join("\n")}`,
    );
  }
  return { token: tokenSql.text, list };
}
