import type { Db } from "../../db/client.ts";
import type { ServiceContext } from "../common/context.ts";
import {
  findApiTokenWithUser,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
} from "./api-tokens.repository.ts";
import { AuthErrors } from "./auth.errors.ts";
import { type Authenticated, actorOf } from "./auth.service.ts";
import { type CachedToken, type CredentialCache, credentialsChanged } from "./credential-cache.ts";
import { newSecret, sha256 } from "./secrets.ts";

/** Tokens start with a fixed prefix so that secret scanners can recognise a leaked one. */
export const TOKEN_PREFIX = "rpt_";

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

/** The token's holder, from the cache when this process has looked the token up lately. */
export async function authenticateApiToken(
  db: Db,
  cache: CredentialCache,
  token: string,
): Promise<Authenticated | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const tokenHash = sha256(token);
  const key = `token:${tokenHash}`;
  const hit = cache.get(key);
  let found: CachedToken | undefined = hit?.kind === "token" ? hit : undefined;
  if (!found) {
    const generation = cache.generation();
    const row = await findApiTokenWithUser(db, tokenHash);
    // Unknown tokens are not remembered: a client guessing would only fill memory.
    if (!row) return null;
    found = {
      kind: "token",
      id: row.token.id,
      revoked: row.token.revokedAt !== null,
      expiresAt: row.token.expiresAt?.getTime() ?? null,
      user: row.user,
    };
    cache.set(key, found, generation);
  }
  const { user } = found;
  if (
    found.revoked ||
    (found.expiresAt !== null && found.expiresAt <= Date.now()) ||
    !user.active
  ) {
    return null;
  }
  cache.tokenUsed(found.id);
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
  await credentialsChanged();
}
