import { eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { communications, followUps, needStatusChanges, needs } from "../../db/schema/timeline.ts";
import { visits } from "../../db/schema/visits.ts";
import { queryRows } from "../../db/sql.ts";

export const ENTRY_TYPES = [
  "communication",
  "need_status",
  "follow_up",
  "follow_up_done",
  "visit",
] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];
export type EntryKey = { type: EntryType; at: Date; id: string };

/**
 * One time-ordered stream over the tables that make up a customer's history, newest first.
 * Keyset on (at, type, id) so pages never skip or repeat. Callers have authorised the
 * customer; every branch filters by it. Visits, orders and survey answers join as branches.
 */
export async function timelineKeys(
  ex: Executor,
  customerId: string,
  f: {
    types: readonly EntryType[];
    after?: { at: string; type: string; id: string };
    limit: number;
  },
): Promise<EntryKey[]> {
  const branches = {
    communication: sql`select 'communication' as type, ${communications.occurredAt} as at, ${communications.id}::text as id
      from ${communications} where ${communications.customerId} = ${customerId} and ${communications.deletedAt} is null`,
    need_status: sql`select 'need_status', ${needStatusChanges.at}, ${needStatusChanges.id}::text
      from ${needStatusChanges} join ${needs} on ${needs.id} = ${needStatusChanges.needId}
      where ${needStatusChanges.customerId} = ${customerId} and ${needs.deletedAt} is null`,
    follow_up: sql`select 'follow_up', ${followUps.createdAt}, ${followUps.id}::text
      from ${followUps} where ${followUps.customerId} = ${customerId} and ${followUps.deletedAt} is null`,
    follow_up_done: sql`select 'follow_up_done', ${followUps.completedAt}, ${followUps.id}::text
      from ${followUps} where ${followUps.customerId} = ${customerId} and ${followUps.deletedAt} is null
      and ${followUps.status} = 'done'`,
    // A completed visit is on the timeline as its `visit` communication; the others show here.
    visit: sql`select 'visit', ${visits.plannedStart}, ${visits.id}::text
      from ${visits} where ${visits.customerId} = ${customerId} and ${visits.status} <> 'completed'`,
  } as const;
  const union = sql.join(
    f.types.map((t) => branches[t]),
    sql` union all `,
  );
  const after = f.after
    ? sql`where (at, type, id) < (${f.after.at}::timestamptz, ${f.after.type}, ${f.after.id})`
    : sql``;
  const rows = await queryRows<{ type: EntryType; at: string | Date; id: string }>(
    ex,
    sql`select type, at, id from (${union}) as entries ${after} order by at desc, type desc, id desc limit ${f.limit}`,
  );
  return rows.map((r) => ({ type: r.type, at: new Date(r.at), id: r.id }));
}

/** Loads the rows behind a page of keys, one query per entry type. */
export async function loadEntries(ex: Executor, keys: EntryKey[]) {
  const ids = (t: EntryType) => keys.filter((k) => k.type === t).map((k) => k.id);
  const commIds = ids("communication");
  const changeIds = ids("need_status").map(Number);
  const fuIds = [...new Set([...ids("follow_up"), ...ids("follow_up_done")])];
  const visitIds = ids("visit");
  const [comms, changes, fus, vs] = await Promise.all([
    commIds.length
      ? ex.select().from(communications).where(inArray(communications.id, commIds))
      : [],
    changeIds.length
      ? ex
          .select({ change: needStatusChanges, title: needs.title, needType: needs.type })
          .from(needStatusChanges)
          .innerJoin(needs, eq(needs.id, needStatusChanges.needId))
          .where(inArray(needStatusChanges.id, changeIds))
      : [],
    fuIds.length ? ex.select().from(followUps).where(inArray(followUps.id, fuIds)) : [],
    visitIds.length ? ex.select().from(visits).where(inArray(visits.id, visitIds)) : [],
  ]);
  return {
    communications: new Map(comms.map((c) => [c.id, c])),
    needChanges: new Map(changes.map((c) => [String(c.change.id), c])),
    followUps: new Map(fus.map((f) => [f.id, f])),
    visits: new Map(vs.map((v) => [v.id, v])),
  };
}
