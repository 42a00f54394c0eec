import { and, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { customers } from "../../db/schema/customers.ts";
import { ownerWithinScope } from "../../db/scope.ts";
import type { CustomerScope } from "../access/scope.ts";

/** What re-timing and re-planning need to know about customers: where, when, how long, worth. */
export async function customersForDraft(ex: Executor, scope: CustomerScope, ids: string[]) {
  if (ids.length === 0) return [];
  return ex
    .select({
      id: customers.id,
      name: customers.name,
      ownerId: customers.ownerId,
      latitude: customers.latitude,
      longitude: customers.longitude,
      visitWindows: customers.visitWindows,
      visitDurationMin: customers.visitDurationMin,
      valueCents: customers.valueCents,
    })
    .from(customers)
    .where(
      and(
        inArray(customers.id, ids),
        isNull(customers.deletedAt),
        ownerWithinScope(scope, customers.ownerId),
      ),
    );
}
