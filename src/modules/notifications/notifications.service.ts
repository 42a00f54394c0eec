import type { Executor } from "../../db/client.ts";
import { readCursor, toPage } from "../../domain/pagination.ts";
import type { ServiceContext } from "../common/context.ts";
import { NotificationErrors } from "./notifications.errors.ts";
import { renderEmail } from "./notifications.messages.ts";
import {
  claimDueReminders,
  claimOutbox,
  countUnread,
  listNotifications,
  markAllRead,
  markEmailed,
  markRead,
} from "./notifications.repository.ts";
import type { NotificationListQuery } from "./notifications.schema.ts";

const SORT = "-createdAt";

/**
 * Fires the reminders of up to `limit` follow-ups that are due at `now`, each exactly once
 * however many processes call this at the same time. Returns how many follow-ups it reminded.
 * The due set is defined by state (reminded_at is null), not by the time since the last run,
 * so whatever became due while no scheduler ran is picked up by the next call.
 */
export async function fireDueReminders(db: Executor, now: Date, limit: number): Promise<number> {
  const { claimed } = await db.transaction((tx) => claimDueReminders(tx, now, limit));
  return claimed;
}

/** What the outbox needs from a mail transport; the SMTP one lives in jobs/mailer.ts. */
export type Mailer = {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
};

export type OutboxResult = { sent: number; failed: number };

/**
 * E-mails up to `limit` unsent notifications. The claimed rows stay locked until the batch
 * commits, so another process skips them instead of sending them too. A failed send stays
 * unsent and is retried on a later call. Delivery is at least once: a crash between the SMTP
 * handover and the commit sends that message again.
 */
export async function sendPendingEmails(
  db: Executor,
  mailer: Mailer,
  now: Date,
  limit: number,
  opts: {
    onError?: (err: unknown) => void;
    /** PUBLIC_URL: when set, each mail links to the customer it is about. */
    publicUrl?: string;
  } = {},
): Promise<OutboxResult> {
  const { onError = () => {}, publicUrl } = opts;
  return db.transaction(async (tx) => {
    const items = await claimOutbox(tx, now, limit);
    let sent = 0;
    for (const item of items) {
      try {
        const link =
          publicUrl && item.customerId ? `${publicUrl}/customers/${item.customerId}` : null;
        const { subject, text } = renderEmail(item.kind, item.params, item, link);
        await mailer.send({ to: item.email, subject, text });
        await markEmailed(tx, item.id, now);
        sent++;
      } catch (err) {
        onError(err);
      }
    }
    return { sent, failed: items.length - sent };
  });
}

function ownerOf(ctx: ServiceContext): string {
  if (!ctx.actor) throw NotificationErrors.userOnly();
  return ctx.actor.id;
}

/** The caller's own notifications, newest first; nobody can list another user's. */
export async function listMyNotifications(ctx: ServiceContext, query: NotificationListQuery) {
  const userId = ownerOf(ctx);
  const after = readCursor(query.cursor, SORT, "timestamp");
  const rows = await listNotifications(ctx.db, {
    userId,
    scope: ctx.scope,
    unreadOnly: query.unread === "true",
    after: after && { createdAt: after.value, id: after.id },
    limit: query.limit + 1,
  });
  const { items, nextCursor } = toPage(rows, query.limit, SORT, (r) => r.createdAt.toISOString());
  return {
    items,
    nextCursor,
    unreadCount: await countUnread(ctx.db, userId, ctx.scope),
  };
}

/** Another user's notification answers 404, exactly like one that does not exist. */
export async function readNotification(ctx: ServiceContext, id: string, now = new Date()) {
  const userId = ownerOf(ctx);
  const row = await markRead(ctx.db, userId, id, now);
  if (!row) throw NotificationErrors.notFound();
  return row;
}

export async function readAllNotifications(ctx: ServiceContext, now = new Date()) {
  const userId = ownerOf(ctx);
  const updated = await markAllRead(ctx.db, userId, now);
  return { updated, unreadCount: await countUnread(ctx.db, userId, ctx.scope) };
}
