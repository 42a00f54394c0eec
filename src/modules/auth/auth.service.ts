import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { RateLimitedError } from "../../errors.ts";
import type { Actor } from "../access/actor.ts";
import { setPasswordHash, type UserRow, userByEmail } from "../users/users.api.ts";
import { AuthErrors } from "./auth.errors.ts";
import {
  type CachedSession,
  type CredentialCache,
  credentialsChanged,
} from "./credential-cache.ts";
import { bumpCounter, readCounters, resetCounter } from "./rate-limit.repository.ts";
import { dummyHash, hashPassword, newSecret, sha256, verifyPassword } from "./secrets.ts";
import {
  deleteSession,
  deleteUserSessions,
  findSession,
  insertSession,
} from "./sessions.repository.ts";

export type AuthSettings = Config["auth"];
export type Authenticated = { actor: Actor; user: UserRow };

export function actorOf(user: UserRow): Actor {
  return { id: user.id, role: user.role, teamId: user.teamId };
}

export async function login(
  db: Db,
  settings: AuthSettings,
  input: { email: string; password: string; address: string; previousSession?: string },
) {
  const accountKey = `login:account:${input.email.toLowerCase()}`;
  const addressKey = `login:address:${input.address}`;
  const counters = await readCounters(db, [accountKey, addressKey], settings.loginWindowMinutes);
  for (const c of counters) {
    const limit =
      c.key === accountKey ? settings.loginFailuresPerAccount : settings.loginFailuresPerAddress;
    if (c.count >= limit) {
      const ends = c.windowStart.getTime() + settings.loginWindowMinutes * 60_000;
      throw new RateLimitedError(Math.max(1, Math.ceil((ends - Date.now()) / 1000)));
    }
  }
  const user = await userByEmail({ db }, input.email);
  const usable = user?.active && user.passwordHash ? user : null;
  const ok = usable
    ? await verifyPassword(usable.passwordHash!, input.password)
    : await verifyPassword(await dummyHash(), input.password).then(() => false);
  if (!ok || !usable) {
    await bumpCounter(db, accountKey, settings.loginWindowMinutes);
    await bumpCounter(db, addressKey, settings.loginWindowMinutes);
    throw AuthErrors.invalidCredentials();
  }
  await resetCounter(db, accountKey);
  // A fresh session id at every sign-in; any session the browser brought is ended (fixation).
  if (input.previousSession) {
    await deleteSession(db, sha256(input.previousSession));
    await credentialsChanged();
  }
  const session = newSecret();
  const csrf = newSecret().token;
  const expiresAt = new Date(Date.now() + settings.sessionAbsoluteHours * 3600_000);
  await insertSession(db, {
    tokenHash: session.hash,
    userId: usable.id,
    csrfToken: csrf,
    expiresAt,
  });
  return { token: session.token, csrfToken: csrf, expiresAt, user: usable };
}

/** The session's user, from the cache when this process has looked the session up lately. */
export async function authenticateSession(
  db: Db,
  cache: CredentialCache,
  settings: AuthSettings,
  token: string,
): Promise<(Authenticated & { csrfToken: string; tokenHash: string }) | null> {
  const tokenHash = sha256(token);
  const key = `session:${tokenHash}`;
  const hit = cache.get(key);
  let s: CachedSession | undefined = hit?.kind === "session" ? hit : undefined;
  if (!s) {
    const generation = cache.generation();
    const row = await findSession(db, tokenHash);
    if (!row) return null;
    s = {
      kind: "session",
      tokenHash,
      csrfToken: row.csrfToken,
      expiresAt: row.expiresAt.getTime(),
      lastSeenAt: row.lastSeenAt.getTime(),
      user: row.user,
    };
    cache.set(key, s, generation);
  }
  const now = Date.now();
  const idle = now - s.lastSeenAt > settings.sessionIdleMinutes * 60_000;
  if (!s.user.active || now >= s.expiresAt || idle) {
    cache.delete(key);
    await deleteSession(db, tokenHash);
    return null;
  }
  // Seen now: the idle clock restarts here, and in the database at the next flush.
  s.lastSeenAt = now;
  cache.sessionSeen(tokenHash);
  return { actor: actorOf(s.user), user: s.user, csrfToken: s.csrfToken, tokenHash };
}

export async function logout(db: Db, token: string): Promise<void> {
  await deleteSession(db, sha256(token));
  await credentialsChanged();
}

/** Sets a new password and ends the user's other sessions; the current one stays signed in. */
export async function changePassword(
  db: Db,
  user: UserRow,
  input: { currentPassword: string; newPassword: string; currentSessionHash?: string },
): Promise<void> {
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw AuthErrors.wrongPassword();
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await setPasswordHash({ db: tx }, user.id, passwordHash);
    await deleteUserSessions(tx, user.id, input.currentSessionHash);
  });
  await credentialsChanged();
}
