import { CommonErrors } from "../../errors.ts";
import { policies } from "../access/policies.ts";
import { audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "../common/context.ts";
import { activeUserById } from "../users/users.api.ts";
import { UserErrors } from "../users/users.errors.ts";
import { presentTeam } from "./teams.presenter.ts";
import { findTeam, findTeamByName, insertTeam, listTeams, updateTeam } from "./teams.repository.ts";

const ENTITY = "team";

function requireAdmin(ctx: ServiceContext) {
  if (!policies.administer(ctx.actor)) throw UserErrors.adminOnly();
}

async function assertManager(ctx: ServiceContext, managerId: string | null | undefined) {
  if (!managerId) return;
  const user = await activeUserById(ctx, managerId);
  if (!user || !policies.leadsTeams(user)) throw UserErrors.unknownManager();
}

/** Teams are no secret: every signed-in user reads them all (as `GET /teams` lists them). */
export const allTeams = (ctx: ServiceContext) => listTeams(ctx.db);

export async function getTeam(ctx: ServiceContext, id: string) {
  const row = await findTeam(ctx.db, id);
  if (!row) throw UserErrors.teamNotFound();
  return row;
}

export async function createTeam(
  ctx: ServiceContext,
  input: { name: string; managerId: string | null },
) {
  requireAdmin(ctx);
  await assertManager(ctx, input.managerId);
  return ctx.db.transaction(async (tx) => {
    if (await findTeamByName(tx, input.name)) throw UserErrors.teamNameTaken();
    const row = await insertTeam(tx, input);
    await audit({ ...ctx, db: tx }, "create", { type: ENTITY, id: row.id }, null, presentTeam(row));
    return row;
  });
}

export async function patchTeam(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number | null,
  patch: { name?: string; managerId?: string | null },
) {
  requireAdmin(ctx);
  await assertManager(ctx, patch.managerId);
  return ctx.db.transaction(async (tx) => {
    const before = await findTeam(tx, id, { forUpdate: true });
    if (!before) throw UserErrors.teamNotFound();
    if (expectedVersion !== null && before.version !== expectedVersion) {
      throw CommonErrors.versionMismatch();
    }
    if (patch.name && patch.name !== before.name && (await findTeamByName(tx, patch.name))) {
      throw UserErrors.teamNameTaken();
    }
    const after = await updateTeam(tx, id, patch);
    await audit(
      { ...ctx, db: tx },
      "update",
      { type: ENTITY, id },
      presentTeam(before),
      presentTeam(after),
    );
    return after;
  });
}
