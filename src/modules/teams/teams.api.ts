// The teams module's public API (decision 0018): what other modules may ask of teams. Every
// call runs on `ctx.db`, so inside the caller's transaction when it is one.
import type { DbContext } from "../common/context.ts";
import { findTeam, type TeamRow } from "./teams.repository.ts";

export type { TeamRow };

/** The team with this id, if there is one. Teams are no secret: no scope applies. */
export async function teamById(ctx: DbContext, id: string): Promise<TeamRow | undefined> {
  return findTeam(ctx.db, id);
}
