// The visits module's public API (decision 0018): what other modules may ask of visits. Reads
// see what the caller's scope reaches; every call runs on `ctx.db`, so inside the caller's
// transaction when it is one.
import type { ServiceContext } from "../common/context.ts";
import {
  type BookingRow,
  type CadenceRow,
  findVisit,
  insertVisit,
  type VisitInsert,
  type VisitRow,
  type VisitWithZone,
} from "./visits.repository.ts";

export type { BookingRow, CadenceRow };

/** The visit, if the caller's scope reaches its customer, with its rep's time zone. */
export async function visitById(
  ctx: ServiceContext,
  id: string,
): Promise<VisitWithZone | undefined> {
  return findVisit(ctx.db, ctx.scope, id);
}

/**
 * Writes a visit as given, with no rules and no audit of its own: for another module's flow
 * that checked and audits it (publishing a plan creates its stops' visits).
 */
export async function addVisit(ctx: ServiceContext, values: VisitInsert): Promise<VisitRow> {
  return insertVisit(ctx.db, values);
}
