// The needs module's public API (decision 0018): what other modules may ask of needs. Reads
// see what the caller's scope reaches; every call runs on `ctx.db`, so inside the caller's
// transaction when it is one.
import type { ServiceContext } from "../common/context.ts";
import { findNeed, type NeedRow, openNeedsOf } from "./needs.repository.ts";

export type { NeedRow };

/** The need, if the caller's scope reaches its customer: deleted or not (check `deletedAt`). */
export async function needById(ctx: ServiceContext, id: string): Promise<NeedRow | undefined> {
  return findNeed(ctx.db, ctx.scope, id);
}

/** The open and in-progress needs of these customers, due soonest first. */
export async function openNeeds(ctx: ServiceContext, customerIds: string[]): Promise<NeedRow[]> {
  return openNeedsOf(ctx.db, ctx.scope, customerIds);
}
