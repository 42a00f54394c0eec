import type { Database } from "../src/db/client.ts";

type QueryFn = (...args: unknown[]) => Promise<unknown>;

/** One statement as the driver was sent it. */
export type DriverCall = { text: string; params: unknown[] };

function describeCall(args: unknown[]): DriverCall | null {
  const [first, second] = args;
  if (typeof first === "string") return { text: first, params: (second as unknown[]) ?? [] };
  if (first && typeof first === "object" && "text" in first) {
    const cfg = first as { text: string; values?: unknown[] };
    return { text: cfg.text, params: (second as unknown[]) ?? cfg.values ?? [] };
  }
  return null;
}

/**
 * Runs `work` with every statement the driver (drizzle's `$client`) is sent handed to
 * `onCall` first: the SQL an endpoint really runs, recorded while fastify serves it
 * in-process, so the benches replay exactly that rather than a hand-written approximation.
 */
export async function withDriverCalls<T>(
  database: Database,
  onCall: (call: DriverCall) => void,
  work: () => Promise<T>,
): Promise<T> {
  const client = (database.db as unknown as { $client: { query: QueryFn } }).$client;
  const original = client.query;
  client.query = function (this: unknown, ...args: unknown[]) {
    const call = describeCall(args);
    if (call) onCall(call);
    return original.apply(this, args);
  } as QueryFn;
  try {
    return await work();
  } finally {
    client.query = original;
  }
}
