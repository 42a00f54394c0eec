import { and, asc, eq, gte, isNull, lt } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { customers } from "../../db/schema/customers.ts";
import { users } from "../../db/schema/users.ts";
import { calendarFeeds, visits } from "../../db/schema/visits.ts";
import { customerWithinScope } from "../../db/scope.ts";
import type { CustomerScope } from "../access/scope.ts";

export type FeedRow = typeof calendarFeeds.$inferSelect;

export async function findFeed(ex: Executor, userId: string): Promise<FeedRow | undefined> {
  const [row] = await ex.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row;
}

/** Creates the user's feed, or replaces its token: the old hash stops matching at once. */
export async function upsertFeed(ex: Executor, userId: string, tokenHash: string) {
  const now = new Date();
  const [row] = await ex
    .insert(calendarFeeds)
    .values({ userId, tokenHash, createdAt: now })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt: now } })
    .returning();
  return row!;
}

export async function deleteFeed(ex: Executor, userId: string): Promise<FeedRow | undefined> {
  const [row] = await ex.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning();
  return row;
}

/** The owner of a feed token, if the feed exists and the user is still active. */
export async function findFeedOwner(ex: Executor, tokenHash: string) {
  const [row] = await ex
    .select({
      id: users.id,
      role: users.role,
      teamId: users.teamId,
      locale: users.locale,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), eq(users.active, true)));
  return row;
}

export type FeedVisitRow = {
  id: string;
  status: (typeof visits.$inferSelect)["status"];
  purpose: string | null;
  agenda: { needId: string | null; text: string }[];
  reasons: (typeof visits.$inferSelect)["reasons"];
  plannedStart: Date;
  plannedEnd: Date;
  icsSequence: number;
  createdAt: Date;
  updatedAt: Date;
  customerName: string;
  address: string | null;
  city: string | null;
  timeZone: string;
};

/** One rep's visits starting in [from, to), within the rep's own scope; live customers only. */
export async function listFeedVisits(
  ex: Executor,
  scope: CustomerScope,
  repId: string,
  from: Date,
  to: Date,
): Promise<FeedVisitRow[]> {
  return ex
    .select({
      id: visits.id,
      status: visits.status,
      purpose: visits.purpose,
      agenda: visits.agenda,
      reasons: visits.reasons,
      plannedStart: visits.plannedStart,
      plannedEnd: visits.plannedEnd,
      icsSequence: visits.icsSequence,
      createdAt: visits.createdAt,
      updatedAt: visits.updatedAt,
      customerName: customers.name,
      address: customers.address,
      city: customers.city,
      timeZone: users.timeZone,
    })
    .from(visits)
    .innerJoin(customers, eq(customers.id, visits.customerId))
    .innerJoin(users, eq(users.id, visits.repId))
    .where(
      and(
        eq(visits.repId, repId),
        gte(visits.plannedStart, from),
        lt(visits.plannedStart, to),
        isNull(customers.deletedAt),
        customerWithinScope(scope, visits.customerId),
      ),
    )
    .orderBy(asc(visits.plannedStart), asc(visits.id));
}
