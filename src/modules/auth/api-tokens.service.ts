import type { Db } from "../../db/client.ts";
import type { ServiceContext } from "../common/context.ts";
import {
  findApiTokenWithUser,
  insertApiToken,
  listApiTokens,
  markApiTokenUsed,
  revokeApiToken,
} from "./api-tokens.repository.ts";
import { AuthErrors } from "./auth.errors.ts";
import { type Authenticated, actorOf } from "./auth.service.ts";
import { newSecret, sha256 } from "./secrets.ts";

/** Tokens start with a fixed prefix so that secret scanners can recognise a leaked one. */
export const TOKEN_PREFIX = "rpt_";
const TOUCH_EVERY_MS = 60_000;

export async function createApiToken(
  db: Db,
  userId: string,
  input: { name: string; expiresInDays?: number },
) {
  const secret = newSecret(TOKEN_PREFIX);
  const expiresAt = input.expiresInDays
    ? new Date(Date.now() + input.expiresInDays * 86_400_000)
    : null;
  const row = await insertApiToken(db, {
    userId,
    name: input.name,
    tokenHash: secret.hash,
    prefix: secret.token.slice(0, TOKEN_PREFIX.length + 6),
    expiresAt,
  });
  return { row, token: secret.token };
}

export async function authenticateApiToken(db: Db, token: string): Promise<Authenticated | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const found = await findApiTokenWithUser(db, sha256(token));
  if (!found) return null;
  const { token: t, user } = found;
  if (t.revokedAt || (t.expiresAt && t.expiresAt.getTime() <= Date.now()) || !user.active) {
    return null;
  }
  if (!t.lastUsedAt || Date.now() - t.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await markApiTokenUsed(db, t.id);
  }
  return { actor: actorOf(user), user };
}

export function myApiTokens(ctx: ServiceContext & { actor: { id: string } }) {
  return listApiTokens(ctx.db, ctx.actor.id);
}

export async function revokeMyApiToken(
  ctx: ServiceContext & { actor: { id: string } },
  id: string,
) {
  if (!(await revokeApiToken(ctx.db, ctx.actor.id, id))) throw AuthErrors.tokenNotFound();
}
