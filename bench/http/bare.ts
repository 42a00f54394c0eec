import { createHash } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import type { Database } from "../../src/db/client.ts";

/** SQL the bare handler runs: exactly the text Rapport sent for one list request. */
export type BareSql = {
  /** The credential lookup, parameter $1 = the token's SHA-256. */
  token: string;
  /** The customer list query and its parameters. */
  list: { text: string; params: unknown[] };
};

type TokenRow = { revoked_at: unknown; expires_at: unknown; active: unknown };

/**
 * The baseline Rapport is measured against: fastify with no plugins, the same token lookup
 * and list SQL through the same driver, and `JSON.stringify` of the raw rows. Whatever
 * Rapport spends beyond this is the framework's cost (validation, encoding, query building).
 */
export async function startBare(database: Database, sql: BareSql): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get("/api/v1/customers", async (request, reply) => {
    const m = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
    if (!m) return reply.code(401).send({ error: "unauthenticated" });
    const hash = createHash("sha256").update(m[1]!).digest("hex");
    const { rows } = await database.query<TokenRow>(sql.token, [hash]);
    if (!rows[0]) return reply.code(401).send({ error: "unauthenticated" });
    const list = await database.query(sql.list.text, sql.list.params);
    reply.header("content-type", "application/json; charset=utf-8");
    return JSON.stringify({ items: list.rows, nextCursor: null });
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  return app;
}
