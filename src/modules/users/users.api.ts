// The users module's public API (decision 0018): what other modules may ask of users. Lookups
// answer whoever asks; the caller's own rules decide what it may do or tell with the row. Every
// call runs on `ctx.db`, so inside the caller's transaction when it is one.
import type { DbContext } from "../common/context.ts";
import {
  findActiveUser,
  findUser,
  findUserByEmail,
  listUsers,
  type UserRow,
  updateUser,
} from "./users.repository.ts";

export type { UserRow };

/** The user with this id, active or not. */
export async function userById(ctx: DbContext, id: string): Promise<UserRow | undefined> {
  return findUser(ctx.db, id);
}

/** The user with this id, if active: who may be given work. */
export async function activeUserById(ctx: DbContext, id: string): Promise<UserRow | undefined> {
  return findActiveUser(ctx.db, id);
}

/** The user with this e-mail address, in any case. */
export async function userByEmail(ctx: DbContext, email: string): Promise<UserRow | undefined> {
  return findUserByEmail(ctx.db, email);
}

/** A team's members, active or not, in e-mail order (at most 1,000: far more than a team has). */
export async function teamMembers(ctx: DbContext, teamId: string): Promise<UserRow[]> {
  return listUsers(ctx.db, { teamId, limit: 1000 });
}

/** Stores a new password hash (auth checked the current password and ends the sessions). */
export async function setPasswordHash(
  ctx: DbContext,
  id: string,
  passwordHash: string,
): Promise<void> {
  await updateUser(ctx.db, id, { passwordHash });
}
