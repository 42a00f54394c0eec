import type { Executor } from "../../db/client.ts";
import type { AuthSettings } from "./auth.service.ts";
import { deleteStaleCounters } from "./rate-limit.repository.ts";
import { deleteDeadSessions } from "./sessions.repository.ts";

/**
 * Slack on the idle rule: a session's last use is written at most every few minutes (and may be
 * batched), so the stored time can lag the real one. Sign-in refuses a session by the exact
 * rule; this cleanup only removes what is certainly dead.
 */
const IDLE_GRACE_MS = 60 * 60_000;

/** Deletes up to `limit` sessions past their end or long idle; returns how many. */
export function purgeDeadSessions(
  db: Executor,
  now: Date,
  settings: AuthSettings,
  limit: number,
): Promise<number> {
  const idleBefore = new Date(now.getTime() - settings.sessionIdleMinutes * 60_000 - IDLE_GRACE_MS);
  return deleteDeadSessions(db, now, idleBefore, limit);
}

/** Deletes up to `limit` sign-in counters whose window is over; returns how many. */
export function purgeStaleCounters(
  db: Executor,
  now: Date,
  settings: AuthSettings,
  limit: number,
): Promise<number> {
  const windowBefore = new Date(now.getTime() - settings.loginWindowMinutes * 60_000);
  return deleteStaleCounters(db, windowBefore, limit);
}
