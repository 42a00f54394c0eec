// The contacts module's public API (decision 0018): what other modules may ask of contacts.
// Reads see what the caller's scope reaches; every call runs on `ctx.db`, so inside the caller's
// transaction when it is one.
import type { ServiceContext } from "../common/context.ts";
import { type ContactRow, findContact } from "./contacts.repository.ts";

/** The contact, if the caller's scope reaches its customer: deleted or not (check `deletedAt`). */
export async function contactById(
  ctx: ServiceContext,
  id: string,
): Promise<ContactRow | undefined> {
  return findContact(ctx.db, ctx.scope, id);
}
