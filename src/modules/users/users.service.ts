import { CommonErrors } from "../../errors.ts";
import type { Actor } from "../access/actor.ts";
import { policies } from "../access/policies.ts";
import { audit } from "../audit/audit.service.ts";
import { endSessionsOf, revokeApiTokensOf } from "../auth/auth.api.ts";
import { credentialsChanged } from "../auth/credential-cache.ts";
import { hashPassword } from "../auth/secrets.ts";
import type { ServiceContext } from "../common/context.ts";
import { teamById } from "../teams/teams.api.ts";
import { UserErrors } from "./users.errors.ts";
import { presentUser } from "./users.presenter.ts";
import {
  findUser,
  findUserByEmail,
  insertUser,
  listUsers,
  type UserRow,
  type UserUpdate,
  updateUser,
} from "./users.repository.ts";
import type { UserCreate, UserPatch } from "./users.schema.ts";

const ENTITY = "user";

const canSee = (actor: Actor | null, user: UserRow) => policies.seeUser(actor, user);

function requireAdmin(ctx: ServiceContext) {
  if (!policies.administer(ctx.actor)) throw UserErrors.adminOnly();
}

async function assertTeam(ctx: ServiceContext, teamId: string | null | undefined) {
  if (teamId && !(await teamById(ctx, teamId))) throw UserErrors.unknownTeam();
}

export async function listVisibleUsers(ctx: ServiceContext) {
  const actor = ctx.actor;
  const reach = policies.reach(actor);
  if (!actor || reach === "all") return listUsers(ctx.db, { limit: 10_000 });
  if (reach === "team" && actor.teamId) {
    const team = await listUsers(ctx.db, { teamId: actor.teamId, limit: 10_000 });
    return team.some((u) => u.id === actor.id)
      ? team
      : [...team, ...(await listUsers(ctx.db, { ids: [actor.id], limit: 1 }))];
  }
  return listUsers(ctx.db, { ids: [actor.id], limit: 1 });
}

export async function getUser(ctx: ServiceContext, id: string) {
  const row = await findUser(ctx.db, id);
  if (!row || !canSee(ctx.actor, row)) throw UserErrors.notFound();
  return row;
}

/** Whether the user exists, whoever asks: callers decide first whether they may know. */
export async function userExists(ctx: ServiceContext, id: string): Promise<boolean> {
  return Boolean(await findUser(ctx.db, id));
}

export async function createUser(ctx: ServiceContext, input: UserCreate) {
  requireAdmin(ctx);
  await assertTeam(ctx, input.teamId);
  if (await findUserByEmail(ctx.db, input.email)) throw UserErrors.emailTaken();
  const { password, ...fields } = input;
  const passwordHash = password ? await hashPassword(password) : null;
  return ctx.db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) throw UserErrors.emailTaken();
    const row = await insertUser(tx, { ...fields, passwordHash });
    await audit({ ...ctx, db: tx }, "create", { type: ENTITY, id: row.id }, null, presentUser(row));
    return row;
  });
}

/**
 * Anyone may edit their own profile; only an admin edits others, and nobody changes their
 * own role, team or active flag. One's own password changes only through
 * POST /auth/password, which asks for the current one: a leaked token or session must not be
 * enough to take the account over. An admin's reset of someone else's password is audited and
 * ends that user's sessions; deactivation also revokes their API tokens for good (re-activating
 * does not revive them).
 */
export async function patchUser(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
  patch: UserPatch,
) {
  const actor = ctx.actor;
  const self = actor?.id === id;
  if (self) {
    for (const field of ["role", "teamId", "active"] as const) {
      if (patch[field] !== undefined) throw UserErrors.selfChange(field);
    }
    if (patch.password !== undefined) throw UserErrors.ownPasswordHere();
  }
  await assertTeam(ctx, patch.teamId);
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  const updated = await ctx.db.transaction(async (tx) => {
    const before = await findUser(tx, id, { forUpdate: true });
    if (!before || !canSee(actor, before)) throw UserErrors.notFound();
    if (!self) requireAdmin(ctx);
    if (expectedVersion !== null && before.version !== expectedVersion) {
      throw CommonErrors.versionMismatch();
    }
    if (patch.email && patch.email !== before.email.toLowerCase()) {
      const other = await findUserByEmail(tx, patch.email);
      if (other && other.id !== id) throw UserErrors.emailTaken();
    }
    const { password: _omit, ...fields } = patch;
    const values: UserUpdate = passwordHash ? { ...fields, passwordHash } : fields;
    const after = await updateUser(tx, id, values);
    if (patch.active === false || passwordHash) await endSessionsOf({ db: tx }, id);
    if (patch.active === false) await revokeApiTokensOf({ db: tx }, id);
    // The hash never enters the audit trail; that a reset happened does.
    const afterAudit = passwordHash
      ? { ...presentUser(after), passwordReset: true }
      : presentUser(after);
    await audit(
      { ...ctx, db: tx },
      "update",
      { type: ENTITY, id },
      presentUser(before),
      afterAudit,
    );
    return after;
  });
  // Role, team, active and password are what a cached credential carries: drop them now.
  await credentialsChanged();
  return updated;
}
