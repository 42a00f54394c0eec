import { and, eq, gte, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client.ts";
import { customers } from "../../db/schema/customers.ts";
import { users } from "../../db/schema/users.ts";
import { visitPlans, visits } from "../../db/schema/visits.ts";

/** What the cadence knows about one live customer (any status): its interval and last visit. */
export async function cadenceFacts(ex: Executor, customerId: string) {
  const [row] = await ex
    .select({
      tier: customers.tier,
      visitMinDays: customers.visitMinDays,
      visitMaxDays: customers.visitMaxDays,
      lastVisitedAt: customers.lastVisitedAt,
    })
    .from(customers)
    .where(and(eq(customers.id, customerId), isNull(customers.deletedAt)));
  return row;
}

/**
 * One customer's visits booked and not yet done (planned or under way) from `from` on, whichever
 * rep or plan booked them: the rows `bookingsFor` (visits.repository.ts) gives the planner.
 */
export async function bookingsOfCustomer(ex: Executor, customerId: string, from: Date) {
  const author = alias(users, "plan_author");
  return ex
    .select({
      visitId: visits.id,
      customerId: visits.customerId,
      repId: visits.repId,
      planId: visits.planId,
      locked: visits.locked,
      status: visits.status,
      plannedStart: visits.plannedStart,
      plannedEnd: visits.plannedEnd,
      repName: users.name,
      planAuthor: author.name,
    })
    .from(visits)
    .innerJoin(users, eq(users.id, visits.repId))
    .leftJoin(visitPlans, eq(visitPlans.id, visits.planId))
    .leftJoin(author, eq(author.id, visitPlans.createdBy))
    .where(
      and(
        eq(visits.customerId, customerId),
        inArray(visits.status, ["planned", "checked_in"]),
        gte(visits.plannedStart, from),
      ),
    );
}
