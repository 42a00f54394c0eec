import { and, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { customers } from "../../db/schema/customers.ts";
import { visitPlans, visits } from "../../db/schema/visits.ts";

export type PlanRow = typeof visitPlans.$inferSelect;

export async function insertPlan(
  ex: Executor,
  values: typeof visitPlans.$inferInsert,
): Promise<PlanRow> {
  const [row] = await ex.insert(visitPlans).values(values).returning();
  return row!;
}

export async function findPlan(ex: Executor, id: string, opts: { forUpdate?: boolean } = {}) {
  const q = ex.select().from(visitPlans).where(eq(visitPlans.id, id));
  const [row] = opts.forUpdate ? await q.for("update") : await q;
  return row;
}

export async function updatePlan(
  ex: Executor,
  id: string,
  values: Partial<typeof visitPlans.$inferInsert>,
) {
  const [row] = await ex
    .update(visitPlans)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${visitPlans.version} + 1` })
    .where(eq(visitPlans.id, id))
    .returning();
  return row!;
}

export async function listPlansBy(ex: Executor, createdBy: string | null, limit: number) {
  return ex
    .select()
    .from(visitPlans)
    .where(createdBy ? eq(visitPlans.createdBy, createdBy) : undefined)
    .orderBy(desc(visitPlans.createdAt))
    .limit(limit);
}

/**
 * Visits in the horizon that a new plan must route around and never move: agreed (locked),
 * booked by hand (no plan), checked in or completed, or starting inside the freeze window.
 */
export async function fixedVisits(
  ex: Executor,
  repIds: string[],
  from: Date,
  to: Date,
  freezeUntil: Date,
) {
  return ex
    .select({
      visitId: visits.id,
      customerId: visits.customerId,
      name: customers.name,
      repId: visits.repId,
      lat: customers.latitude,
      lon: customers.longitude,
      start: visits.plannedStart,
      end: visits.plannedEnd,
    })
    .from(visits)
    .innerJoin(customers, eq(customers.id, visits.customerId))
    .where(
      and(
        inArray(visits.repId, repIds),
        gte(visits.plannedStart, from),
        lt(visits.plannedStart, to),
        or(
          inArray(visits.status, ["checked_in", "completed"]),
          and(
            eq(visits.status, "planned"),
            or(
              eq(visits.locked, true),
              isNull(visits.planId),
              lt(visits.plannedStart, freezeUntil),
            ),
          ),
        ),
      ),
    );
}

/**
 * What publishing a new plan replaces (`isReplaced` in src/domain/visits/plan-candidates.ts):
 * visits made by a plan, planned, not agreed, after the freeze window.
 */
export async function cancelMovableVisits(
  ex: Executor,
  repIds: string[],
  from: Date,
  to: Date,
  freezeUntil: Date,
): Promise<string[]> {
  const rows = await ex
    .update(visits)
    .set({
      status: "cancelled",
      cancelReason: "replanned",
      icsSequence: sql`${visits.icsSequence} + 1`,
      updatedAt: sql`now()`,
      version: sql`${visits.version} + 1`,
    })
    .where(
      and(
        inArray(visits.repId, repIds),
        eq(visits.status, "planned"),
        eq(visits.locked, false),
        isNotNull(visits.planId),
        gte(visits.plannedStart, from),
        lt(visits.plannedStart, to),
        gte(visits.plannedStart, freezeUntil),
      ),
    )
    .returning({ id: visits.id });
  return rows.map((r) => r.id);
}
