import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { followUps } from "../../db/schema/timeline.ts";
import { visits } from "../../db/schema/visits.ts";

/**
 * When a customer changes owner, the previous owner's open follow-ups and planned visits for
 * it go to the new owner: the old owner can no longer see the customer, and the work must
 * not be lost or reach someone who would get 404 for it.
 */
export async function handOverOpenWork(
  ex: Executor,
  customerId: string,
  fromUserId: string,
  toUserId: string,
): Promise<{ followUps: number; visits: number }> {
  const f = await ex
    .update(followUps)
    .set({ assigneeId: toUserId, updatedAt: sql`now()`, version: sql`${followUps.version} + 1` })
    .where(
      and(
        eq(followUps.customerId, customerId),
        eq(followUps.assigneeId, fromUserId),
        eq(followUps.status, "open"),
      ),
    )
    .returning({ id: followUps.id });
  const v = await ex
    .update(visits)
    .set({
      repId: toUserId,
      icsSequence: sql`${visits.icsSequence} + 1`,
      updatedAt: sql`now()`,
      version: sql`${visits.version} + 1`,
    })
    .where(
      and(
        eq(visits.customerId, customerId),
        eq(visits.repId, fromUserId),
        eq(visits.status, "planned"),
      ),
    )
    .returning({ id: visits.id });
  return { followUps: f.length, visits: v.length };
}
