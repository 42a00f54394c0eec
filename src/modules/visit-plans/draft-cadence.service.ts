import type { Executor } from "../../db/client.ts";
import { intervalFor, type TierCadence } from "../../domain/visits/cadence.ts";
import type { CustomerCadence, OtherVisit } from "../../domain/visits/draft-cadence.ts";
import { isReplaced } from "../../domain/visits/plan-candidates.ts";
import { bookingOf } from "../visits/due.service.ts";
import { bookingsOfCustomer, cadenceFacts } from "./draft-cadence.repository.ts";
import type { PlanRow } from "./visit-plans.repository.ts";
import { existingOf, poolWindow } from "./visit-plans.service.ts";

/**
 * The other visits of a customer a hand edit must keep its minimum interval from — counted as
 * the planner counts them (`planPool`): its last completed visit and every booking from today
 * on, by any rep or plan, except the visits publishing this plan would replace. Null for a
 * customer that no longer exists.
 */
export async function cadenceOf(
  db: Executor,
  plan: PlanRow,
  reps: { id: string; timeZone: string }[],
  settings: { freezeMinutes: number; tierCadence?: TierCadence },
  customerId: string,
): Promise<CustomerCadence | null> {
  const facts = await cadenceFacts(db, customerId);
  if (!facts) return null;
  const freezeUntil = new Date(Date.now() + settings.freezeMinutes * 60_000);
  const { horizon, bookedFrom } = poolWindow(plan, reps, freezeUntil);
  const visits: OtherVisit[] = [];
  for (const b of await bookingsOfCustomer(db, customerId, bookedFrom)) {
    if (isReplaced(existingOf(b), horizon)) continue;
    const { at, agreed, by } = bookingOf(b);
    visits.push({ at, kind: "booked", agreed, by });
  }
  if (facts.lastVisitedAt) {
    visits.push({ at: facts.lastVisitedAt, kind: "visited", agreed: false, by: null });
  }
  const { minDays } = intervalFor(
    { tier: facts.tier, minDays: facts.visitMinDays, maxDays: facts.visitMaxDays },
    settings.tierCadence,
  );
  return { minDays, visits };
}
