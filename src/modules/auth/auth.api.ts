// The auth module's public API (decision 0018): what other modules may ask of sign-in
// credentials. Every call runs on `ctx.db`, so inside the caller's transaction when it is one;
// the caller calls `credentialsChanged()` once that transaction has committed.
import type { DbContext } from "../common/context.ts";
import { revokeUserApiTokens } from "./api-tokens.repository.ts";
import { deleteUserSessions } from "./sessions.repository.ts";

/** Signs a user out everywhere: every session of theirs ends. Answers how many ended. */
export async function endSessionsOf(ctx: DbContext, userId: string): Promise<number> {
  return deleteUserSessions(ctx.db, userId);
}

/** Revokes every live API token of a user, for good. Answers how many were revoked. */
export async function revokeApiTokensOf(ctx: DbContext, userId: string): Promise<number> {
  return revokeUserApiTokens(ctx.db, userId);
}
