import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { RateLimitedError } from "../../errors.ts";
import type { Actor } from "../access/actor.ts";
import { findUserByEmail, type UserRow, updateUser } from "../users/users.repository.ts";
import { AuthErrors } from "./auth.errors.ts";
import { bumpCounter, readCounters, resetCounter } from "./rate-limit.repository.ts";
import { dummyHash, hashPassword, newSecret, sha256, verifyPassword } from "./secrets.ts";
import {
  deleteSession,
  deleteUserSessions,
  findSession,
  insertSession,
  touchSession,
} from "./sessions.repository.ts";

export type AuthSettings = Config["auth"];
export type Authenticated = { actor: Actor; user: UserRow };

/** Last-seen is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

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
  const user = await findUserByEmail(db, input.email);
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
  if (input.previousSession) await deleteSession(db, sha256(input.previousSession));
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

export async function authenticateSession(
  db: Db,
  settings: AuthSettings,
  token: string,
): Promise<(Authenticated & { csrfToken: string; tokenHash: string }) | null> {
  const tokenHash = sha256(token);
  const s = await findSession(db, tokenHash);
  if (!s) return null;
  const now = Date.now();
  const idle = now - s.lastSeenAt.getTime() > settings.sessionIdleMinutes * 60_000;
  if (!s.user.active || now >= s.expiresAt.getTime() || idle) {
    await deleteSession(db, tokenHash);
    return null;
  }
  if (now - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(db, tokenHash);
  return { actor: actorOf(s.user), user: s.user, csrfToken: s.csrfToken, tokenHash };
}

export async function logout(db: Db, token: string): Promise<void> {
  await deleteSession(db, sha256(token));
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
    await updateUser(tx, user.id, { passwordHash });
    await deleteUserSessions(tx, user.id, input.currentSessionHash);
  });
}
