import { type AnyColumn, eq, type SQL, sql } from "drizzle-orm";
import type { CustomerScope } from "../modules/access/scope.ts";
import { customers } from "./schema/customers.ts";
import { users } from "./schema/users.ts";

/**
 * The one translation of a CustomerScope into SQL, applied to a customer's owner column.
 * Returns undefined when the scope sees everything.
 */
export function ownerWithinScope(scope: CustomerScope, ownerColumn: AnyColumn): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "team":
      return sql`(${ownerColumn} = ${scope.userId} or ${ownerColumn} in (select ${users.id} from ${users} where ${users.teamId} = ${scope.teamId}))`;
    case "own":
      return scope.userId ? eq(ownerColumn, scope.userId) : sql`false`;
  }
}

/**
 * For tables hanging off a customer (contacts, communications, needs, follow-ups…): the row
 * is visible when its customer's owner is within the scope. Undefined when all are visible.
 */
export function customerWithinScope(
  scope: CustomerScope,
  customerIdColumn: AnyColumn,
): SQL | undefined {
  const owner = ownerWithinScope(scope, customers.ownerId);
  if (!owner) return undefined;
  return sql`exists (select 1 from ${customers} where ${customers.id} = ${customerIdColumn} and ${owner})`;
}
