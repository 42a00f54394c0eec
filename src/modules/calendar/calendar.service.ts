import type { Executor } from "../../db/client.ts";
import { CommonErrors } from "../../errors.ts";
import { scopeFor } from "../access/scope.ts";
import { audit } from "../audit/audit.service.ts";
import { newSecret, sha256 } from "../auth/secrets.ts";
import type { ServiceContext } from "../common/context.ts";
import { CalendarErrors } from "./calendar.errors.ts";
import { calendarName, presentFeedEvent } from "./calendar.presenter.ts";
import {
  deleteFeed,
  findFeed,
  findFeedOwner,
  listFeedVisits,
  upsertFeed,
} from "./calendar.repository.ts";
import { renderCalendar } from "./ics.ts";

const ENTITY = "calendar_feed";
const DAY_MS = 86_400_000;
/** The feed covers the recent past (for reference) and the planning horizon. */
export const FEED_WINDOW = { pastDays: 30, futureDays: 90 } as const;
/** Feed tokens are recognisable in logs and secret scanners, like API tokens (rpt_). */
const TOKEN_PREFIX = "rcal_";
const TOKEN_SHAPE = /^rcal_[A-Za-z0-9_-]{43}$/;

function actorId(ctx: ServiceContext): string {
  if (!ctx.actor) throw CommonErrors.forbidden("A calendar feed belongs to a signed-in user.");
  return ctx.actor.id;
}

export async function feedStatus(ctx: ServiceContext) {
  const row = await findFeed(ctx.db, actorId(ctx));
  return { exists: Boolean(row), createdAt: row?.createdAt ?? null };
}

/** Creates the caller's feed or replaces its token; the token is returned this once only. */
export async function regenerateFeed(ctx: ServiceContext) {
  const userId = actorId(ctx);
  const { token, hash } = newSecret(TOKEN_PREFIX);
  return ctx.db.transaction(async (tx) => {
    const before = await findFeed(tx, userId);
    const row = await upsertFeed(tx, userId, hash);
    // The audit trail records that the URL changed, never the token or its hash.
    await audit(
      { ...ctx, db: tx },
      before ? "update" : "create",
      { type: ENTITY, id: userId },
      before ? { createdAt: before.createdAt.toISOString() } : null,
      { createdAt: row.createdAt.toISOString() },
    );
    return { token, createdAt: row.createdAt };
  });
}

/** Revoking is idempotent: afterwards there is no feed, whether or not there was one. */
export async function revokeFeed(ctx: ServiceContext): Promise<void> {
  const userId = actorId(ctx);
  await ctx.db.transaction(async (tx) => {
    const gone = await deleteFeed(tx, userId);
    if (gone) {
      await audit(
        { ...ctx, db: tx },
        "delete",
        { type: ENTITY, id: userId },
        { createdAt: gone.createdAt.toISOString() },
        null,
      );
    }
  });
}

/**
 * The public feed. The token is the only credential: it acts as its user, with that user's
 * scope, and stops working when the user is deactivated or the feed is regenerated or revoked.
 */
export async function renderFeed(db: Executor, file: string, now = new Date()): Promise<string> {
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  // Malformed tokens are not looked up, and answer exactly like unknown ones.
  if (!TOKEN_SHAPE.test(token)) throw CalendarErrors.feedNotFound();
  const owner = await findFeedOwner(db, sha256(token));
  if (!owner) throw CalendarErrors.feedNotFound();
  const scope = scopeFor({ id: owner.id, role: owner.role, teamId: owner.teamId });
  const rows = await listFeedVisits(
    db,
    scope,
    owner.id,
    new Date(now.getTime() - FEED_WINDOW.pastDays * DAY_MS),
    new Date(now.getTime() + FEED_WINDOW.futureDays * DAY_MS),
  );
  return renderCalendar({
    name: calendarName(owner.locale),
    events: rows.map((r) => presentFeedEvent(r, owner.locale, now)),
  });
}
