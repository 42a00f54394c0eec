import { sql } from "drizzle-orm";
import type { Database, Executor } from "../db/client.ts";
import { queryRows } from "../db/sql.ts";
import { dataDigest } from "../db/testing.ts";
import { systemContext } from "../modules/common/system.ts";
import { customerCreateSchema } from "../modules/customers/customers.schema.ts";
import { createCustomer } from "../modules/customers/customers.service.ts";

/**
 * Test fixtures for the jobs, notifications and strategies tests. Follow-ups, communications
 * and needs belong to other modules still being written, so they are inserted here in SQL.
 */
export async function seedCustomer(
  db: Executor,
  input: { name?: string; ownerId: string | null; tier?: string; tags?: string[] },
): Promise<{ id: string; name: string }> {
  const row = await createCustomer(
    systemContext(db),
    customerCreateSchema.parse({
      name: input.name ?? `Customer ${Math.random().toString(36).slice(2, 8)}`,
      ownerId: input.ownerId,
      tier: input.tier ?? "B",
      tags: input.tags ?? [],
    }),
  );
  return { id: row.id, name: row.name };
}

export type FollowUpSeed = {
  customerId: string;
  assigneeId: string;
  dueAt: Date;
  status?: "open" | "done" | "cancelled";
  notes?: string | null;
  deleted?: boolean;
  remindedAt?: Date | null;
};

export async function seedFollowUps(db: Executor, rows: FollowUpSeed[]): Promise<string[]> {
  const col = (f: (r: FollowUpSeed) => unknown) => sql.param(rows.map(f));
  const out = await queryRows<{ id: string }>(
    db,
    sql`
    insert into follow_ups (customer_id, assignee_id, kind, due_at, status, notes, deleted_at,
      reminded_at)
    select t.c, t.a, 'call', t.d, t.s, t.n, case when t.del then now() end, t.r
    from unnest(${col((r) => r.customerId)}::uuid[], ${col((r) => r.assigneeId)}::uuid[],
      ${col((r) => r.dueAt.toISOString())}::timestamptz[], ${col((r) => r.status ?? "open")}::text[],
      ${col((r) => r.notes ?? null)}::text[], ${col((r) => r.deleted ?? false)}::boolean[],
      ${col((r) => r.remindedAt?.toISOString() ?? null)}::timestamptz[])
      with ordinality as t(c, a, d, s, n, del, r, o)
    order by t.o
    returning id`,
  );
  return out.map((r) => r.id);
}

export async function seedCommunication(
  db: Executor,
  input: { customerId: string; authorId: string | null; occurredAt: Date },
) {
  await db.execute(sql`
    insert into communications (customer_id, author_id, channel, direction, occurred_at,
      search_vector)
    values (${input.customerId}::uuid, ${input.authorId}::uuid, 'phone', 'out',
      ${input.occurredAt.toISOString()}::timestamptz, ''::tsvector)`);
}

export async function seedNeed(
  db: Executor,
  input: { customerId: string; status: "open" | "in_progress" | "resolved" | "dropped" },
) {
  await db.execute(sql`
    insert into needs (customer_id, type, title, importance, status, due_at)
    values (${input.customerId}::uuid, 'other', 'A need', 3, ${input.status}, now())`);
}

/** dataDigest plus the tables these modules write, to prove a refused request changed nothing. */
export async function fullDigest(database: Database): Promise<Record<string, string>> {
  const out = await dataDigest(database);
  for (const t of ["strategies", "follow_ups", "notifications"]) {
    const res = await database.query<{ d: string | null; n: number }>(
      `select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as d, count(*)::int as n from ${t} x`,
    );
    out[t] = `${res.rows[0]?.n}:${res.rows[0]?.d}`;
  }
  return out;
}

export async function waitFor(pred: () => Promise<boolean>, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
